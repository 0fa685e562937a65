package extract

// Most words between a cue and the end of the sentence before a quote for
// that sentence to introduce it ("Dale Ford wrote in an email.").
const maxIntroTail = 4

// introAttribution reads the writer's sentence just before passage i when
// the passage opens its own sentence: one ending with a colon ("Starner
// said:") or with a cue close to its end ("…, Starner said.").
func (q *quoteDoc) introAttribution(i int) attribution {
	lf, lt := q.leftFrame(i)
	if lt > lf || q.first[i] <= 0 {
		return attribution{}
	}
	to := q.first[i]
	last := q.words[to-1]
	if last.Quote >= 0 {
		return attribution{}
	}
	from := to - 1
	for from > 0 && !q.words[from].SentStart && q.words[from-1].Quote < 0 && q.words[from-1].Para == last.Para {
		from--
	}
	if from > 0 && q.words[from-1].Quote >= 0 && q.words[from-1].Para == last.Para {
		// The sentence is the attribution of the passage before.
		return attribution{}
	}
	if last.Text == ":" {
		return q.leftAttribution(from, to)
	}
	if last.Text != "." {
		return attribution{}
	}
	a := q.leftAttribution(from, to)
	if !a.found {
		return q.beatAttribution(from, to)
	}
	tail := 0
	for wi := a.cue.at + a.cue.n; wi < to; wi++ {
		if !q.words[wi].Punct {
			tail++
		}
	}
	if tail > maxIntroTail && !q.reportOpensParagraphRun(a, from, to) || a.np.from > a.cue.at && tail > maxIntroTail+2 {
		return attribution{}
	}
	return a
}

// Most words after its subject in a short sentence of action that hands
// on to a quote ("Holt smiled.").
const maxBeatWords = 6

// beatAttribution reads a short sentence with no cue that shows someone
// acting just before a quote in the same paragraph ("Asked about her
// future, Holt smiled. “I'm going nowhere.”"): its subject speaks.
func (q *quoteDoc) beatAttribution(from, to int) attribution {
	if to >= len(q.words) || q.words[to].Para != q.words[to-1].Para {
		return attribution{}
	}
	np, ok := q.colonSubject(from, to-1)
	if !ok || !q.shortPredicate(np.to, to-1) || to-1-np.to > maxBeatWords {
		return attribution{}
	}
	return attribution{found: true, np: np}
}

// reportOpensParagraphRun reports whether the sentence [from, to) is a
// reported-speech sentence that opens with its speaker and cue ("Dr Nair
// said the message was simple.") followed, in the same paragraph or at the
// start of the next, by the quote it introduces: the speaker goes on in
// their own words.
func (q *quoteDoc) reportOpensParagraphRun(a attribution, from, to int) bool {
	opens := a.np.from == from || a.np.title != "" && a.np.from == from+1 // "Dr Nair"
	if !opens || a.cue.at != a.np.to || to >= len(q.words) {
		return false
	}
	return q.words[to].Para == q.words[to-1].Para || q.words[to].Para == q.words[to-1].Para+1
}

// continues returns the passage that passage i continues: the unclosed
// passage of the paragraph before, or the passage before it in the same
// paragraph or the paragraph before when passage i opens its sentence, no
// cue follows it and the writer names no one else in between.
func (q *quoteDoc) continues(i int) (int, bool) {
	if i == 0 {
		return 0, false
	}
	p, prev := q.passages[i], q.passages[i-1]
	if prev.unclosed && p.para == prev.para+1 {
		return i - 1, true
	}
	lf, lt := q.leftFrame(i)
	if lt > lf || !q.results[i-1].ok {
		return 0, false
	}
	if rf, rt := q.rightFrame(i); len(q.cuesIn(rf, rt)) > 0 && !q.namedBetween(q.results[i-1].sp.name, rf, q.cuesIn(rf, rt)[0].at) {
		// "“…” crowds chanted": a cue names a speaker of its own, even
		// one that resolves to no one, unless the words before it name
		// the speaker going on ("“…” Kaplan, a collector of …, says").
		return 0, false
	}
	if p.para != prev.para && p.para != prev.para+1 {
		return 0, false
	}
	// Between the two passages only the previous one's attribution may
	// stand ("“…,” Heyward said. “…”").
	_, rt := q.rightFrame(i - 1)
	for wi := max(rt, q.last[i-1]+1); wi < q.first[i]; wi++ {
		if !q.words[wi].Punct {
			return 0, false
		}
	}
	return i - 1, true
}

// namedBetween reports whether a mention of the person or organisation
// called name starts in the words [from, to).
func (q *quoteDoc) namedBetween(name string, from, to int) bool {
	if from >= to || name == "" {
		return false
	}
	lo, hi := q.words[from].Start, q.words[to-1].End
	for _, r := range q.refs {
		if r.pos >= lo && r.pos < hi && r.name == name {
			return true
		}
	}
	return false
}
