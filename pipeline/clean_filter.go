package pipeline

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// selectBlocks returns the article's paragraphs: the blocks under roots
// that are not inside a link-heavy or furniture container and are not
// page chrome themselves.
func selectBlocks(blocks []block, roots []*html.Node, st pageStats) []block {
	isRoot := map[*html.Node]bool{}
	dropped := map[*html.Node]bool{}
	for _, r := range roots {
		isRoot[r] = true
		markDropped(r, r, st, dropped)
	}
	var out []block
	for _, b := range blocks {
		if keepBlock(b, isRoot, dropped) {
			out = append(out, b)
		}
	}
	return out
}

func keepBlock(b block, isRoot, dropped map[*html.Node]bool) bool {
	in := false
	for a := b.owner; a != nil; a = a.Parent {
		if dropped[a] {
			return false
		}
		if isRoot[a] {
			in = true
			break
		}
	}
	return in && !isChrome(b)
}

// markDropped walks the elements under root and marks the containers to
// leave out. A container holding most of the root's text is never dropped
// whole, only looked into.
func markDropped(n, root *html.Node, st pageStats, dropped map[*html.Node]bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || st[c] == nil {
			continue
		}
		if st[c].text*2 <= st[root].text && dropContainer(c, st) {
			dropped[c] = true
			continue
		}
		markDropped(c, root, st, dropped)
	}
}

// dropContainer decides whether a container inside the article is page
// furniture: a furniture class, or (when it holds little prose) heavy in
// links or nearly empty.
func dropContainer(n *html.Node, st pageStats) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Ul, atom.Ol, atom.Dl, atom.Table, atom.Header, atom.Form, atom.Article, atom.Span, atom.Center:
	default:
		return false
	}
	es := st[n]
	cid := classID(n)
	if strings.Contains(cid, "embed") && findFirst(n, func(c *html.Node) bool { return c.DataAtom == atom.Blockquote }) != nil {
		return false // an embedded post the article quotes
	}
	w := classWeight(cid)
	if w < 0 {
		return true
	}
	if es.commas >= 10 {
		return false
	}
	ld := es.linkDensity()
	isList := n.DataAtom == atom.Ul || n.DataAtom == atom.Ol
	switch {
	case isList:
		return ld > 0.5
	case w < 25 && ld > 0.2:
		return true
	case w >= 25 && ld > 0.5:
		return true
	}
	return false
}

// chromePhrases are whole short blocks that are page chrome, compared in
// lower case without trailing punctuation.
var chromePhrases = map[string]bool{
	"advertisement": true, "advertising": true, "ad": true, "share": true, "share this": true,
	"share this article": true, "share this story": true, "read more": true, "continue reading": true,
	"related": true, "related articles": true, "related stories": true, "more": true, "comments": true,
	"sign up": true, "subscribe": true, "follow us": true, "story continues below advertisement": true,
	"skip advertisement": true, "supported by": true, "print": true, "email": true, "close": true,
	"loading": true, "see more": true, "show more": true, "view comments": true, "listen": true,
	"listen to this article": true, "click to share on twitter": true, "click to share on facebook": true,
	"article continues below this ad": true, "scroll to continue with content": true,
	"continue reading below": true, "recommended": true, "most read": true, "top stories": true,
	"iklan": true, "anzeige": true, "publicité": true, "publicidad": true, "pubblicità": true, "reklame": true, "advertentie": true, "reklama": true,
	"don't miss": true, "don’t miss": true, "more stories": true, "trending": true, "popular": true,
}

// chromePrefixes start short blocks that are page chrome.
var chromePrefixes = []string{
	"read more:", "read more about", "related:", "see also:", "click here", "sign up for", "subscribe to",
	"follow us", "share this", "copyright ©", "© ", "all rights reserved", "photo:", "image:",
	"photograph:", "picture:", "(photo", "getty images", "this article was", "more on this story",
	"recommended:", "watch:", "listen:", "read next", "you may also like", "also read:", "download the",
	"photos by", "photo by", "photographs by", "next page", "previous page", "posted:", "posted on", "filed under", "tags:", "topics:", "categories:", "category:", "updated:", "published:", "last updated", "first published", "published on",
}

// isChrome reports whether a block is page chrome by its own text: a
// headline (h1), a short line made of links with few words of its own, a
// byline, a date line or a stock phrase.
func isChrome(b block) bool {
	if b.owner.DataAtom == atom.H1 {
		return true
	}
	n := len(b.text)
	if n < 20 && (isCounter(b.text) || !hasWordChar(b.text)) {
		return true // "1 / 5", "•", "|"
	}
	if !b.table && n < 200 && b.linkLen*10 > n*6 && n-b.linkLen < 40 {
		return true
	}
	if n > 120 {
		return false
	}
	if isBylineLine(b.text) || isCaptionLine(b.text) || isDateLine(b.text) {
		return true
	}
	low := strings.ToLower(strings.TrimRight(b.text, " .:!›»>|-"))
	if chromePhrases[low] {
		return true
	}
	for _, p := range chromePrefixes {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// isBylineLine reports whether a short block is a byline: "By" and a
// capitalised name, not ending like a sentence ("By Tuesday, all had
// left." is prose).
func isBylineLine(s string) bool {
	if len(s) > 100 || looksLikeSentence(s) {
		return false
	}
	rest, ok := strings.CutPrefix(s, "By ")
	if !ok {
		rest, ok = strings.CutPrefix(s, "by ")
	}
	return ok && rest != "" && unicode.IsUpper([]rune(rest)[0])
}

// captionMarks end or fill an image caption or credit.
var captionMarks = []string{"(image:", "(photo:", "(picture:", "(credit:", "(pic:", "(photograph:", "image credit:", "photo credit:", "photos ©", "photo ©", "image ©", "picture ©"}

// isCaptionLine reports whether a short block is an image caption or
// credit that escaped its figure: "... (Image: GETTY)".
func isCaptionLine(s string) bool {
	if len(s) > 300 {
		return false
	}
	low := strings.ToLower(s)
	return containsAny(low, captionMarks)
}

// isDateLine reports whether a short block is a date line: "Updated 11:21
// pm CST, Tuesday" or "Published 18 November 2019".
func isDateLine(s string) bool {
	if len(s) > 100 {
		return false
	}
	low := strings.ToLower(s)
	for _, p := range []string{"updated ", "published ", "posted ", "last modified "} {
		if strings.HasPrefix(low, p) && strings.ContainsAny(s, "0123456789") {
			return true
		}
	}
	return false
}

// tailCues mark the house notices that close many articles: contact
// lines, newsletter and social media pitches.
var tailCues = []string{
	"follow him on", "follow her on", "follow them on", "follow us on", "follow me on", "subscribe to",
	"sign up for", "sign up to", "newsletter", "may be reached at", "can be reached at", "can be contacted at",
	"email us at", "contact us at", "have a tip", "got a tip", "join our", "download our app", "get the latest",
	"all rights reserved", "a version of this article appears in print", "this story has been", "this article has been", "this material may not be published",
}

// trimTail drops the run of short house notices at the end of an article
// ("Follow her on Twitter", "Subscribe to our newsletter") and headings
// left with nothing under them ("About the author").
func trimTail(blocks []block) []block {
	for len(blocks) > 1 {
		b := blocks[len(blocks)-1]
		if !b.heading && (len(b.text) > 400 || !containsAny(strings.ToLower(b.text), tailCues)) {
			break
		}
		blocks = blocks[:len(blocks)-1]
	}
	return blocks
}

// hasWordChar reports whether s has a letter, a digit or an underscore.
func hasWordChar(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
			return true
		}
	}
	return false
}

// isCounter reports whether s is a gallery counter: "1 / 5", "2 of 12".
func isCounter(s string) bool {
	f := strings.Fields(s)
	return len(f) == 3 && isDigits(f[0]) && isDigits(f[2]) && (f[1] == "/" || f[1] == "of")
}

// standfirstWords name, in a class or id, the summary set under a headline.
var standfirstWords = []string{"standfirst", "dek", "subtitle", "sub-title", "subheadline", "sub-headline", "summary", "lede", "intro", "excerpt", "strapline", "kicker-text", "article-description", "story-description", "abstract"}

// standfirst finds the summary paragraph that sits between the headline
// and the chosen body (often in the article's header, outside the body
// container) so that it is not lost: a block before the first selected
// one, marked as a standfirst by its class or itemprop, of prose length
// and with few links.
func standfirst(all, sel []block) (block, bool) {
	if len(sel) == 0 {
		return block{}, false
	}
	first := sel[0].owner
	for _, b := range all {
		if b.owner == first {
			break
		}
		if len(b.text) < 60 || len(b.text) > 600 || b.linkLen*5 > len(b.text) || b.heading || isChrome(b) {
			continue
		}
		if isStandfirstNode(b.owner) || (b.owner.Parent != nil && isStandfirstNode(b.owner.Parent)) {
			return b, true
		}
	}
	return block{}, false
}

func isStandfirstNode(n *html.Node) bool {
	if ip := attr(n, "itemprop"); ip == "description" || ip == "alternativeHeadline" {
		return true
	}
	cid := classID(n)
	return cid != "" && containsAny(cid, standfirstWords) && !isNegative(cid)
}

// looksLikeIndex reports whether the chosen blocks are teasers of many
// stories rather than one article: no paragraph of article length, and
// the prose spread over many separate containers (one per teaser card)
// with none holding a quarter of it.
func looksLikeIndex(sel []block) bool {
	byParent := map[*html.Node]int{}
	total := 0
	for _, b := range sel {
		if len(b.text) >= 300 {
			return false
		}
		byParent[b.owner.Parent] += len(b.text)
		total += len(b.text)
	}
	if len(byParent) < 5 {
		return false
	}
	for _, n := range byParent {
		if n*4 >= total {
			return false
		}
	}
	return true
}
