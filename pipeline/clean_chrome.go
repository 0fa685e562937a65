package pipeline

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html/atom"
)

// chromePhrases are whole short blocks that are page chrome, compared in
// lower case without trailing punctuation.
var chromePhrases = map[string]bool{
	"advertisement": true, "advertising": true, "ad": true, "advert": true, "sponsored": true, "share": true, "share this": true,
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
	if isShortcode(b.text) {
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

// clockTime matches a time of day written with a colon ("20:13", "9:05").
var clockTime = regexp.MustCompile(`\b[0-2]?\d:[0-5]\d\b`)

// isDateLine reports whether a short block is a date line: "Updated 11:21
// pm CST, Tuesday" or "Published 18 November 2019".
func isDateLine(s string) bool {
	if len(s) > 100 {
		return false
	}
	if len(s) <= 80 && clockTime.MatchString(s) && dateLineText(s) {
		// "sexta-feira, 22 de outubro de 2010 às 20:13", "Mo., 26.11.2026,
		// 14:05 Uhr": a stamp with its clock time. A bare date or range
		// ("29 November 2018 | 20 January 2019") may be the article's own.
		return true
	}
	low := strings.ToLower(s)
	for _, p := range []string{"updated ", "published ", "posted ", "last modified "} {
		if strings.HasPrefix(low, p) && strings.ContainsAny(s, "0123456789") {
			return true
		}
	}
	return false
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

// isShortcode reports whether a block is a content-management shortcode
// left unrendered: "[button link=…]Send us your review[/button]" or
// "[gallery ids=…]". Its words are a widget's, not the article's.
func isShortcode(s string) bool {
	if !strings.HasPrefix(s, "[") {
		return false
	}
	i := 1
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] == '_' || s[i] == '-' || i > 1 && s[i] >= '0' && s[i] <= '9') {
		i++
	}
	if i == 1 || i == len(s) || s[i] != ']' && s[i] != ' ' {
		return false
	}
	name := s[1:i]
	end := strings.IndexByte(s, ']')
	if s[i] == ' ' && !strings.Contains(s[i:max(end, i)], "=") {
		return false // "[see note] …": a bracketed aside
	}
	return strings.Contains(s, "[/"+name+"]") || strings.HasSuffix(strings.TrimSpace(s), "]") && end == len(strings.TrimSpace(s))-1
}
