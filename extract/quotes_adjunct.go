package extract

// Prepositions that open a phrase of time or place between a speaker and
// the cue ("Trump on Monday called", "Lee in an interview with CNN said",
// "… on Friday and said").
var adjunctPrepositions = map[string]bool{
	"on": true, "in": true, "at": true, "by": true, "since": true, "until": true, "during": true,
	"with": true, "from": true, "after": true, "before": true, "throughout": true, "via": true,
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

// sentenceStart returns the first word of the writer's sentence holding
// word wi, across any passage quoted inside it.
func (q *quoteDoc) sentenceStart(wi int) int {
	for wi > 0 && !q.words[wi].SentStart && q.words[wi-1].Para == q.words[wi].Para {
		wi--
	}
	return wi
}
