package extract

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// Quotes finds every quoted passage that gives someone's words, with its
// speaker resolved against ents where the text allows.
//
// A passage is the words between a pair of quotation marks (curly or
// straight doubles, single marks used as quotes, guillemets) in one
// paragraph; passages nested in another are part of it. A quote that runs
// over several paragraphs (left open at a paragraph end, reopened at the
// next paragraph's start) is one Quote whose Text is exactly
// text[Start:End], paragraph breaks and reopening marks included. Quoted terms
// nobody is said to have spoken ("the ‘partygate’ scandal") are left out.
// The speaker is read from a speech cue next to the passage, in the same
// writer's sentence, in the sentence before (ending with a colon), or
// carried over from the previous quote; pronouns, titles and descriptions
// are resolved to earlier mentions. An unattributed quote has a nil
// Speaker and Attribution "none".
func Quotes(d *nlp.Doc, ents []Entity, lex *Lexicon) []Quote {
	if d == nil || lex == nil {
		return []Quote{}
	}
	q := newQuoteDoc(d, ents, lex)
	// The first reading learns, in text order, the gender each pronoun
	// shows for the person it stands for; the second reading uses what
	// the whole article showed ("she described…" before "He has denied").
	q.read()
	return q.read()
}

// read attributes every passage in text order, following the writer's
// pronoun chains up to each passage, and returns the quotes.
func (q *quoteDoc) read() []Quote {
	q.refs = append(q.refs[:0], q.baseRefs...)
	q.results = make([]attributionResult, len(q.passages))
	q.chainAt = 0
	out := make([]Quote, 0, len(q.passages))
	for i := range q.passages {
		q.addPronounSubjects(q.passages[i].open)
		out = append(out, q.quote(i))
	}
	q.attributePullQuotes(out)
	return q.joinParagraphQuotes(out)
}

// quote attributes passage i and builds its Quote. Earlier passages must
// have been attributed.
func (q *quoteDoc) quote(i int) Quote {
	p := q.passages[i]
	qt := Quote{Text: q.text[p.inner.Start:p.inner.End], Span: p.inner, Attribution: ByNone, Partial: q.partial(i)}
	a, sp, how, ok := q.attribute(i)
	q.results[i] = attributionResult{attr: a, sp: sp, ok: ok}
	if a.found {
		if a.cue.n > 0 {
			c := q.cueSpan(a.cue)
			qt.Cue, qt.CueSpan = q.text[c.Start:c.End], &c
		}
		qt.Addressee, qt.Venue = a.addressee, a.venue
		if how != ByContinuation {
			s := a.np.span
			qt.SpeakerSpan = &s
		}
	}
	if ok {
		name := sp.name
		qt.Speaker, qt.SpeakerID, qt.Attribution = &name, sp.id, how
	}
	return qt
}

// attributionResult is what attribution found for one passage.
type attributionResult struct {
	attr attribution
	sp   quoteSpeaker
	ok   bool
}

// attribute finds the speaker of passage i: a cue in its own sentence
// (after it, then before it), the attribution of an earlier passage in the
// same sentence, a colon-ended sentence just before, or the speaker of the
// quote it continues.
func (q *quoteDoc) attribute(i int) (attribution, quoteSpeaker, string, bool) {
	if a := q.ownAttribution(i); a.found {
		return q.speakerOf(a)
	}
	if i > 0 && q.sameSentence(i-1, i) && q.results[i-1].attr.found {
		r := q.results[i-1]
		return r.attr, r.sp, r.sp.how, r.ok
	}
	if a := q.introAttribution(i); a.found {
		return q.speakerOf(a)
	}
	if j, ok := q.continues(i); ok {
		r := q.results[j]
		return attribution{}, r.sp, ByContinuation, r.ok
	}
	return attribution{}, quoteSpeaker{}, ByNone, false
}

// speakerOf resolves the speaker named by a found attribution and
// remembers the reference for later pronouns and descriptions.
func (q *quoteDoc) speakerOf(a attribution) (attribution, quoteSpeaker, string, bool) {
	sp, ok := q.resolve(a.np)
	if !ok {
		return a, quoteSpeaker{}, ByNone, false
	}
	q.addRef(a.np, sp)
	return a, sp, sp.how, true
}

// ownAttribution reads a cue in the passage's own sentence: right after it
// ("…,” she said") when the words follow closely, else before it.
func (q *quoteDoc) ownAttribution(i int) attribution {
	rf, rt := q.rightFrame(i)
	right := q.rightAttribution(rf, rt)
	if right.found && q.cueRole(right.cue.lemma) != "weak" {
		return right
	}
	lf, lt := q.leftFrame(i)
	if left := q.leftAttribution(lf, lt); left.found {
		return left
	}
	return right
}

// addRef records a resolved speaker phrase as a mention later pronouns
// may point back to.
func (q *quoteDoc) addRef(np speakerNP, sp quoteSpeaker) {
	if sp.typ != "PERSON" && sp.typ != "ORG" && sp.typ != "GPE" {
		return
	}
	r := speakerRef{pos: np.span.Start, name: sp.name, id: sp.id, typ: sp.typ, subject: true, speaks: !sp.guess}
	if strings.Contains(np.text, " ") {
		r.gender = q.nameGender(np.text) // a lone word may be a surname
	}
	if np.kind == npPronoun {
		r.gender, _ = q.lex.List(listPronouns).Value(np.head)
		if r.gender != "male" && r.gender != "female" {
			r.gender = ""
		}
	}
	if np.title != "" {
		if g, _ := q.lex.List(listTitles).Value(np.title); g != "" {
			r.gender = g
		}
	}
	if sp.id != "" {
		for _, o := range q.refs {
			if o.id == sp.id {
				r.roles, r.subtype = o.roles, o.subtype
				if r.gender == "" {
					r.gender = o.gender
				}
				break
			}
		}
	}
	q.insertRef(r)
}
