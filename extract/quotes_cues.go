package extract

import "strings"

// Word lists the quote finder reads from the Lexicon.
const (
	listCues         = "speech_cues"
	listNouns        = "speaker_nouns"
	listPronouns     = "speaker_pronouns"
	listSkip         = "speaker_skip"
	listTitles       = "speaker_titles"
	listPostNominals = "speaker_postnominals"
	listVenues       = "quote_venues"
	listNames        = "name_genders"
	listRoles        = "speech_cue_roles"
	listTerms        = "quote_term_nouns"
	listAddress      = "addressee_nouns"
)

// speechCue is one speech cue found in the writer's words.
type speechCue struct {
	at, n int // word index and number of words
	lemma string
}

// cueRole returns the role of a cue lemma on the speech_cue_roles list:
// "addressee", "naming", "weak", "direct" or "".
func (q *quoteDoc) cueRole(lemma string) string {
	v, _ := q.lex.List(listRoles).Value(lemma)
	return v
}

// cueSpan returns the byte range of the cue's words.
func (q *quoteDoc) cueSpan(c speechCue) Span {
	return Span{Start: q.words[c.at].Start, End: q.words[c.at+c.n-1].End}
}

// cueAt returns the longest speech cue starting at word wi, if any. Every
// word of a cue is one of the writer's words, and a cue word after an
// article or a possessive is a noun ("their claims", "the call").
func (q *quoteDoc) cueAt(wi int) (speechCue, bool) {
	if q.afterNounMarker(wi) {
		return speechCue{}, false
	}
	c, ok := q.cueWordsAt(wi)
	if ok && q.cueRole(c.lemma) == "direct" {
		next := c.at + c.n
		ok = next < len(q.words) && (q.words[next].Text == ":" || q.words[next].Text == ",")
	}
	return c, ok
}

// afterNounMarker reports whether word wi follows an article or a
// possessive of the writer's ("the", "their", "the Minister's").
func (q *quoteDoc) afterNounMarker(wi int) bool {
	if wi == 0 || q.words[wi-1].Quote >= 0 {
		return false
	}
	p := q.words[wi-1]
	if nounMarkers[p.lower()] {
		return true
	}
	if !p.possessive() || !p.capitalized() {
		return false
	}
	_, pron := q.pronoun(p) // "He's said", "It's said"
	return !pron && !contractedIs[strings.ToLower(p.bare())]
}

// Words whose "’s" is "is" or "has", not a possessive.
var contractedIs = map[string]bool{"that": true, "there": true, "what": true, "here": true, "let": true, "who": true, "where": true, "how": true, "when": true, "why": true, "everyone": true, "nobody": true, "everybody": true, "somebody": true, "someone": true}

// cueWordsAt returns the longest entry of the cue list starting at word
// wi, verb or noun.
func (q *quoteDoc) cueWordsAt(wi int) (speechCue, bool) {
	l := q.lex.List(listCues)
	// The words that can join a cue stop at the first punctuation mark,
	// quote mark or new sentence; the longest listed run of them wins.
	most := max(0, min(l.MaxWords(), len(q.words)-wi))
	parts := make([]string, 0, most)
	for k := wi; k < wi+most; k++ {
		w := q.words[k]
		if w.Punct || w.Quote >= 0 || k > wi && w.SentStart {
			break
		}
		parts = append(parts, w.lower())
	}
	for n := len(parts); n >= 1; n-- {
		if lemma, found := l.Value(strings.Join(parts[:n], " ")); found {
			if lemma == "" {
				lemma = parts[0]
			}
			return speechCue{at: wi, n: n, lemma: lemma}, true
		}
	}
	return speechCue{}, false
}

// cuesIn lists the cues in the word range [from, to), in order.
func (q *quoteDoc) cuesIn(from, to int) []speechCue {
	var out []speechCue
	for wi := from; wi < to; wi++ {
		if c, ok := q.cueAt(wi); ok && c.at+c.n <= to {
			out = append(out, c)
			wi += c.n - 1
		}
	}
	return out
}

// isParticiple reports whether the cue is an -ing form, which takes the
// subject of its sentence ("…, adding: “…”").
func (q *quoteDoc) isParticiple(c speechCue) bool {
	return strings.HasSuffix(q.words[c.at].lower(), "ing")
}

// nounCue reports whether the cue is a phrase naming a statement ("in a
// statement") rather than a verb.
func (q *quoteDoc) nounCue(c speechCue) bool {
	return c.n > 1 && q.words[c.at].lower() == "in"
}

// Words after which a cue word is a noun, not a verb.
var nounMarkers = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true, "these": true, "those": true}

// speechNounBefore reports whether the writer's words before passage i
// hold a speech noun whose clause leads to it ("his claim in the same
// interview that the pair were “not close”").
func (q *quoteDoc) speechNounBefore(i int) bool {
	lf, lt := q.leftFrame(i)
	for wi := lf; wi < lt; wi++ {
		if _, ok := q.cueWordsAt(wi); !ok || !q.afterNounMarker(wi) {
			continue
		}
		for k := wi + 1; k < lt; k++ {
			if q.words[k].lower() == "that" {
				return true
			}
		}
	}
	return false
}
