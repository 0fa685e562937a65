package pipeline

import (
	"strings"

	"golang.org/x/net/html"
)

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

// bioVerbs follow an author's name at the start of a biography line.
var bioVerbs = []string{" is ", " was ", " writes ", " covers ", " reports ", "'s book", "’s book", " has been ", " lives "}

// trimAuthorBio drops the short biography lines of the article's authors
// that close an article: "Eric Song is the site's deals curator."
func trimAuthorBio(texts, authors []string) []string {
	for len(texts) > 1 {
		last := texts[len(texts)-1]
		if len(last) > 400 || !startsWithAuthor(last, authors) {
			break
		}
		texts = texts[:len(texts)-1]
	}
	return texts
}

func startsWithAuthor(s string, authors []string) bool {
	for _, a := range authors {
		if rest, ok := strings.CutPrefix(s, a); ok && len(strings.Fields(a)) > 1 {
			for _, v := range bioVerbs {
				if strings.HasPrefix(rest, v) {
					return true
				}
			}
		}
	}
	return false
}
