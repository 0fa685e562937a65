package extract

import "unicode"

// Prepositions that open a phrase of time or place between a speaker and
// the cue ("Trump on Monday called", "Lee in an interview with CNN said",
// "… on Friday and said").
var adjunctPrepositions = map[string]bool{
	"on": true, "in": true, "at": true, "by": true, "during": true,
	"with": true, "from": true, "throughout": true, "via": true,
}

// quoteWeekdays are the days of the week, which head no speaker's name.
var quoteWeekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// calendarName reports whether a name is only a weekday ("Tuesday") or a
// month after a preposition ("in March"): a date, not a speaker. A month
// alone may be a surname ("May said").
func (q *quoteDoc) calendarName(np speakerNP) bool {
	if np.to-np.from != 1 {
		return false
	}
	w := q.words[np.from].lower()
	if quoteWeekdays[w] {
		return true
	}
	return np.from > 0 && adjunctPrepositions[q.words[np.from-1].lower()] && q.lex.List("months").Has(w)
}

// inAdjunct reports whether the capitalised word k, no earlier than word
// from, closes a phrase of time or place ("on Friday", "with CNN",
// "during a visit to Ohio"): the run of capitalised words ending at k
// follows a preposition, or is a weekday.
func (q *quoteDoc) inAdjunct(k, from int) bool {
	if quoteWeekdays[q.words[k].lower()] {
		return true
	}
	i := k
	for i > from && q.words[i-1].capitalized() && !q.words[i-1].Punct && q.words[i-1].Quote < 0 && !q.words[i].SentStart {
		i--
	}
	return i > from && adjunctPrepositions[q.words[i-1].lower()] && !q.words[i].SentStart
}

// Words that open a clause of its own after a passage ("“…,” while Lee
// said"): a cue after them is not about the passage.
var clauseOpeners = map[string]bool{"while": true, "whereas": true, "although": true, "though": true, "but": true, "when": true, "after": true, "before": true}

// opensOwnClause reports whether the writer's words from word from start a
// clause of their own, after an optional comma.
func (q *quoteDoc) opensOwnClause(from, to int) bool {
	if from < to && q.words[from].Text == "," {
		from++
	}
	return from < to && clauseOpeners[q.words[from].lower()]
}

// datelineEnd returns the first word after a dateline opening the
// sentence at word start ("WASHINGTON — …", "LONDON (Reuters) — …"), or
// start when there is none.
func (q *quoteDoc) datelineEnd(start, to int) int {
	for k := start; k < to && k-start <= 6; k++ {
		t := q.words[k].Text
		if t == "—" || t == "–" || t == "--" {
			if k > start && isUpperWord(q.words[start].Text) {
				return k + 1
			}
			return start
		}
		if q.words[k].Quote >= 0 {
			break
		}
	}
	return start
}

// isUpperWord reports whether s has letters and all are upper case
// ("WASHINGTON").
func isUpperWord(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n > 1
}

// sentenceStart returns the first word of the writer's sentence holding
// word wi, across any passage quoted inside it.
func (q *quoteDoc) sentenceStart(wi int) int {
	for wi > 0 && !q.words[wi].SentStart && q.words[wi-1].Para == q.words[wi].Para {
		wi--
	}
	return wi
}

// adjunctAfterName reports whether the preposition at word p opens a
// phrase of time or place after a person's name or a pronoun ("Lee on
// Monday", "Lee of Kansas", "she in March"), so that the name after it is
// no subject. After a description the phrase may name whom it speaks for
// ("Economists at Acme"), and is left alone.
func (q *quoteDoc) adjunctAfterName(p int) bool {
	l := q.words[p].lower()
	if !adjunctPrepositions[l] && l != "of" {
		return false
	}
	b := q.words[p-1]
	if b.Text == "," && l != "of" {
		return true // "Ann Lee, a Republican, on Tuesday said"
	}
	if b.Punct || b.Quote >= 0 || b.possessive() {
		return false
	}
	if _, ok := q.pronoun(b); ok && l != "of" {
		return true
	}
	if !b.capitalized() || b.SentStart && q.isSpeakerNoun(b.lower()) {
		return false
	}
	if l == "of" && q.orgHead(p-1) {
		return false
	}
	return true
}

// Most words of one phrase of time or place ("at a news conference").
const maxAdjunctWords = 5

// adjunctChain returns the preposition opening a chain of phrases of time
// or place that ends with word j and follows a name or a pronoun ("Warren
// at a news conference in Washington on Thursday said"), or -1.
func (q *quoteDoc) adjunctChain(j, lo int) int {
	if _, ok := q.pronoun(q.words[j]); ok {
		return -1
	}
	start := -1
	k := j
	for k > lo {
		prep := -1
		for m := k; m > lo && k-m < maxAdjunctWords; m-- {
			w := q.words[m]
			if w.Punct || w.Quote >= 0 || w.SentStart || isVerbLike(w.lower()) {
				break
			}
			if adjunctPrepositions[w.lower()] && m != j {
				prep = m
				break
			}
		}
		if prep < 0 {
			break
		}
		start, k = prep, prep-1
		if q.adjunctAfterName(prep) && (q.words[k].capitalized() || q.words[k].Text == "," && q.words[j].capitalized()) {
			// After a comma only a date or a place closes the chain:
			// ", with a ministry spokesman calling" has its own subject.
			return start
		}
		if _, ok := q.pronoun(q.words[k]); ok {
			return start
		}
	}
	return -1
}
