package extract

// A number inside a short quoted term used as a name is part of the name:
// the "one country, two systems" formula, the term "three amigos", known
// as the "Big Four". ANNOTATION.md leaves out numbers inside names.

// inQuotedTerm reports whether tokens i..j-1 lie inside quotation marks
// that enclose at most six tokens of one sentence, where the words around
// the marks name the quoted words as a term: "the term", "known as
// [the]", "called", "dubbed" before them, or "formula", "policy", "rule"
// after.
func (s *numScanner) inQuotedTerm(i, j int) bool {
	open := -1
	for k := i - 1; k >= 0 && k >= i-4 && s.sameSentence(k, i); k-- {
		if isOpenQuote(s.toks[k].text) {
			open = k
			break
		}
	}
	if open < 0 {
		return false
	}
	shut := -1
	for k := j; k < len(s.toks) && k <= open+7 && s.sameSentence(open, k); k++ {
		if isCloseQuote(s.toks[k].text) {
			shut = k
			break
		}
	}
	if shut < 0 {
		return false
	}
	after := shut + 1
	if s.symAt(after, ".", false) || s.symAt(after, ",", false) {
		after = -1 // the sentence or clause ends with the term
	}
	before := open - 1
	switch s.lowerAt(before) {
	case "the", "it", "them", "him", "her", "this", "that":
		before-- // known as the "Big Four", called them "the two Ronnies"
	}
	return termBefore[s.lowerAt(before)] || after > 0 && termAfter[s.lowerAt(after)]
}

func isOpenQuote(t string) bool  { return t == "“" || t == "\"" || t == "‘" }
func isCloseQuote(t string) bool { return t == "”" || t == "\"" || t == "’" }

// termBefore are words that introduce a quoted term; termAfter are nouns
// a quoted term names.
var (
	termBefore = map[string]bool{"term": true, "phrase": true, "called": true, "dubbed": true, "as": true, "slogan": true, "motto": true, "nicknamed": true, "named": true, "so-called": true}
	termAfter  = map[string]bool{"formula": true, "policy": true, "principle": true, "rule": true, "slogan": true, "doctrine": true, "model": true, "framework": true, "strategy": true, "approach": true, "system": true, "campaign": true, "plan": true}
)
