package pipeline

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// junkTags never hold article text.
var junkTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Canvas: true, atom.Object: true, atom.Embed: true,
	atom.Video: true, atom.Audio: true, atom.Map: true, atom.Button: true, atom.Input: true,
	atom.Select: true, atom.Textarea: true, atom.Nav: true, atom.Aside: true, atom.Footer: true,
	atom.Figure: true, atom.Figcaption: true, atom.Head: true, atom.Title: true, atom.Meta: true,
	atom.Link: true, atom.Dialog: true, atom.Menu: true, atom.Label: true, atom.Math: true,
	atom.Picture: true, atom.Source: true, atom.Track: true, atom.Datalist: true, atom.Option: true,
}

// negWords, found anywhere in a class or id, mark page furniture.
var negWords = []string{
	"comment", "disqus", "sharing", "social", "newsletter", "subscri", "signup", "cookie",
	"consent", "advert", "sponsor", "sidebar", "breadcrumb", "byline", "caption", "credit",
	"paywall", "recirc", "mostread", "most-read", "popular", "trending", "outbrain", "taboola",
	"widget", "toolbar", "pagination", "modal", "popup", "masthead", "navbar", "navigation",
	"dropdown", "tooltip", "rollover", "popover", "hovercard", "readmore", "read-more", "morestories", "more-stories", "recommend",
	"donate", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader", "offscreen",
	"timestamp", "dateline", "keyword", "author-info", "authorinfo", "author-bio", "authorbio",
	"bio-box", "disclaimer", "copyright", "related", "promo", "footer", "header", "banner",
	"skiplink", "skip-link", "jump-link", "print-only", "subnav", "submenu", "teaser", "ticker",
	"feedback", "correction-form", "inline-ad", "ad-slot", "adslot", "adunit", "ad-unit",
	"ad-container", "ad-wrapper", "google-ad", "dfp", "gpt-ad", "slideshow", "gallery", "carousel",
	"playlist", "video-player", "podcast-player", "audio-player", "signin", "login", "registration",
	"rating", "shopping", "affiliate", "contributor", "meta-data", "metadata", "post-meta",
	"article-meta", "entry-meta", "story-meta", "follow", "tag-list", "taglist", "topic-list",
}

// negTokens, as whole words of a class or id, mark page furniture.
var negTokens = map[string]bool{
	"ad": true, "ads": true, "nav": true, "tag": true, "tags": true, "meta": true, "bio": true,
	"menu": true, "share": true, "print": true, "more": true, "author": true, "date": true,
	"time": true, "topics": true, "hide": true, "hidden-print": true, "aside": true, "shares": true,
	"sponsored": true, "subscribe": true, "pager": true, "caption": true,
	"newsletter": true, "comments": true, "related": true, "social": true, "icons": true,
	"icon": true, "overlay": true, "lightbox": true, "prev": true, "next": true, "rail": true,
}

// posWords, found in a class or id, mark the article itself.
var posWords = []string{"article", "body", "content", "entry", "main", "post", "text", "story", "prose", "hentry", "blog", "column"}

// strongNeg are the furniture words that win over a positive word in the
// same class or id ("article-share", "related-content").
var strongNeg = []string{
	"comment", "sharing", "share", "social", "related", "newsletter", "subscri", "advert",
	"outbrain", "taboola", "cookie", "paywall", "promo", "recommend", "caption", "byline",
	"recirc", "most", "popular", "trending", "teaser", "sponsor", "footer", "meta", "tags",
	"author", "bio", "credit", "gallery", "slideshow", "carousel",
}

// classWeight scores a class/id string: +25 for article words, -25 for
// furniture words (both may apply, giving 0).
func classWeight(cid string) int {
	if cid == "" {
		return 0
	}
	w := 0
	if isNegative(cid) {
		w -= 25
	}
	if containsAny(cid, posWords) {
		w += 25
	}
	return w
}

// isNegative reports whether a class/id string names page furniture.
func isNegative(cid string) bool {
	if containsAny(cid, negWords) {
		return true
	}
	for _, tok := range strings.FieldsFunc(cid, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		if negTokens[tok] {
			return true
		}
	}
	return false
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isHidden reports whether n is hidden from readers by attribute or inline
// style.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			s := strings.ToLower(a.Val)
			if strings.Contains(s, "display:none") || strings.Contains(s, "display: none") ||
				strings.Contains(s, "visibility:hidden") || strings.Contains(s, "visibility: hidden") {
				return true
			}
		case "role":
			switch a.Val {
			case "navigation", "complementary", "banner", "contentinfo", "search", "dialog", "menu", "menubar", "alert":
				return true
			}
		}
	}
	return false
}

// pruneJunk removes, under n, the elements that never hold article text:
// scripts, media, forms controls, navigation, asides, footers, figures and
// hidden elements.
func pruneJunk(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch c.Type {
		case html.CommentNode, html.DoctypeNode:
			n.RemoveChild(c)
		case html.ElementNode:
			if junkTags[c.DataAtom] || isHidden(c) {
				n.RemoveChild(c)
			} else if pruneJunk(c); isInlineFurniture(c) {
				// checked after its children are pruned, so that an inner
				// hover card goes and the name link around it stays
				n.RemoveChild(c)
			}
		}
		c = next
	}
}

// markFurniture marks, under n, the elements whose class or id names page
// furniture (share bars, related links, comments, bylines, captions). An
// element that also has an article word in its class or id is marked only
// for a strong furniture word and when it holds under a third of the page's
// text; one without is spared when it holds most of the page's text, which
// guards against a whole-page wrapper with an unlucky name, and so is one
// with no strong furniture word that reads as prose (isProse). total is the
// page's text length; st gives each element's text length.
func markFurniture(n *html.Node, total int, st pageStats, marked map[*html.Node]bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || st[c] == nil {
			continue
		}
		if isFurniture(c, total, st[c]) {
			marked[c] = true
		} else {
			markFurniture(c, total, st, marked)
		}
	}
}

func isFurniture(c *html.Node, total int, es *elemStats) bool {
	size := es.text
	switch c.DataAtom {
	case atom.Html, atom.Body, atom.Main:
		return false
	case atom.P:
		if size >= 300 {
			return false
		}
	case atom.Header:
		return size*2 < total
	}
	if attr(c, "itemprop") == "articleBody" {
		return false
	}
	cid := classID(c)
	if cid == "" || !isNegative(cid) || strings.Contains(cid, "embed") {
		return false // embedded posts (tweets) quoted by the article are content
	}
	if containsAny(cid, posWords) || c.DataAtom == atom.Article || isHeading(c) {
		// a subheading styled "subheader" is still the article's
		return containsAny(cid, strongNeg) && size*3 < total
	}
	if strings.Contains(cid, "comment") {
		return true
	}
	return size*10 < total*6 && !(isProse(es) && !containsAny(cid, strongNeg))
}

// isProse reports whether an element's text reads as running prose rather
// than furniture: three or more paragraphs of 80+ bytes, 400+ bytes in all
// and under a tenth of it in links. A weakly named box that holds such text
// is the article's rest folded away behind a "read more" button, not a
// teaser.
func isProse(es *elemStats) bool {
	return es.longBlocks >= 3 && es.text >= 400 && es.linkDensity() < 0.1
}

// isInlineFurniture reports whether an inline element is a furniture box
// set inside the text flow (a hover card, an inline promo): a furniture
// class or id, links or an image inside (or a caption or credit class),
// no structure of its own (lists,
// headings, tables) and under 600 bytes of text. Plain links are never removed,
// since their words belong to the sentence around them.
func isInlineFurniture(n *html.Node) bool {
	if isBlock(n) || n.DataAtom == atom.A {
		return false
	}
	cid := classID(n)
	if cid == "" || !isNegative(cid) {
		return false
	}
	links := 0
	rich, blocky := false, false
	eachElement(n, func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.A:
			links++
		case atom.Img:
			rich = true
		default:
			if isBlock(c) && c.DataAtom != atom.Div && c.DataAtom != atom.P {
				blocky = true
			}
		}
		return true
	})
	captionLike := containsAny(cid, []string{"caption", "credit"})
	return !blocky && (rich || links >= 2 || captionLike) && len(textOf(n)) < 600
}
