// Package extract finds the facts of an annotated article: entities,
// quotes, numbers and claims. It is pure and deterministic: no I/O, no
// goroutines; the same Doc and Lexicon always give the same facts.
//
// Every fact carries a half-open UTF-8 byte range (start, end) into the
// article text such that text[start:end] is exactly the fact's Text.
package extract

import "github.com/newsfacts/newsfacts/internal/nlp"

// Span is a half-open byte range into the article text.
type Span = nlp.Span

// Mention is one place an entity is named: its words and their byte range.
type Mention struct {
	Text string `json:"text"`
	Span
}

// Entity is one real-world person, organisation or place with every
// mention of it in the text.
type Entity struct {
	// ID is the entity's reference within one fact sheet ("e1", "e2"…),
	// assigned in order of first mention.
	ID string `json:"id"`
	// Name is the canonical name: the fullest form the article gives,
	// without honorifics, titles or a leading "the".
	Name string `json:"name"`
	// Type is PERSON, ORG, GPE (countries, cities, councils' areas) or LOC.
	Type string `json:"type"`
	// Subtype refines ORG: party, outlet, company, public_body, platform,
	// team, university; empty when unknown.
	Subtype string `json:"subtype,omitempty"`
	// Role is a title or job the article gives a person ("MP",
	// "policy officer"), empty when none.
	Role string `json:"role,omitempty"`
	// Gender is "male" or "female" where the text shows it (an honorific or
	// a pronoun bound to the name), else empty.
	Gender string `json:"gender,omitempty"`
	// Mentions are every place the entity is named, in text order.
	Mentions []Mention `json:"mentions"`
}

// Speaker-finding methods for Quote.Attribution.
const (
	ByExplicit     = "explicit"     // the speaker is named next to the cue
	ByPronoun      = "pronoun"      // "he said", resolved to a person
	ByTitle        = "title"        // "Mr Velleman said"
	ByContinuation = "continuation" // a quote that continues the previous one
	ByDescription  = "description"  // "the campaigner said"
	ByNone         = "none"         // nobody is named: Speaker is null
)

// Quote is a passage in quotation marks that gives someone's words.
type Quote struct {
	// Text is the words inside the marks; Span covers exactly them.
	Text string `json:"text"`
	Span
	// Speaker is the canonical name of who said it, or nil when the
	// article names no one.
	Speaker *string `json:"speaker"`
	// SpeakerID is the Entity.ID of the speaker, empty when unresolved.
	SpeakerID string `json:"speaker_id,omitempty"`
	// SpeakerSpan is the span of the words that name the speaker here
	// ("she", "Mr Velleman"), nil when none.
	SpeakerSpan *Span `json:"speaker_span,omitempty"`
	// Cue is the speech verb or phrase ("said", "told", "according to").
	Cue string `json:"cue,omitempty"`
	// CueSpan is the span of the cue's words, nil when there is no cue.
	CueSpan *Span `json:"cue_span,omitempty"`
	// Addressee is who was told ("the BBC"), Venue where it was said
	// ("Twitter").
	Addressee string `json:"addressee,omitempty"`
	Venue     string `json:"venue,omitempty"`
	// Partial is true for a fragment woven into the writer's sentence.
	Partial bool `json:"partial"`
	// Attribution says how the speaker was found: one of the By* values.
	Attribution string `json:"attribution"`
}

// Number kinds.
const (
	KindCount    = "count"
	KindPercent  = "percent"
	KindMoney    = "money"
	KindYear     = "year"
	KindDate     = "date"
	KindDuration = "duration"
	KindOrdinal  = "ordinal"
	KindRange    = "range"
)

// Number is one quantity in the text.
type Number struct {
	// Text is the words that state the quantity ("37.9 per cent",
	// "14 seats", "£1.2bn"); Span covers exactly them.
	Text string `json:"text"`
	Span
	// Value is the quantity as a number (1.2e9 for "£1.2bn"; for a range,
	// its lower bound).
	Value float64 `json:"value"`
	// Max is a range's upper bound.
	Max *float64 `json:"max,omitempty"`
	// Kind is one of the Kind* values.
	Kind string `json:"kind"`
	// Unit is the counted noun in plural form ("seats", "MPs"), the ISO
	// 4217 code for money, or the measure ("years", "km").
	Unit string `json:"unit,omitempty"`
	// Currency is the ISO 4217 code for money ("GBP").
	Currency string `json:"currency,omitempty"`
	// Qualifier is an approximation or bound ("about", "more than",
	// "up to"), empty when the number is stated as exact.
	Qualifier string `json:"qualifier,omitempty"`
}

// Claim is a quantity or state tied to what it is about: subject, metric and
// value or change, with the words that state it.
type Claim struct {
	// Subject is the canonical name of who or what the claim is about.
	Subject string `json:"subject"`
	// SubjectID is the Entity.ID of the subject, empty when it is no entity.
	SubjectID string `json:"subject_id,omitempty"`
	// Metric is what is measured or held: seats, turnout, control…
	Metric string `json:"metric"`
	// Value is a level ("Labour 41"); Change a signed difference ("lost 14
	// seats" is -14). At most one of the two is set; both are nil for a
	// state such as control.
	Value  *float64 `json:"value,omitempty"`
	Change *float64 `json:"change,omitempty"`
	// Unit is the unit of Value or Change ("seats", "percent"), empty when none.
	Unit string `json:"unit,omitempty"`
	// Object is what the subject holds or controls ("Barnet council").
	Object string `json:"object,omitempty"`
	// Since, From and To are years bounding the state.
	Since *int `json:"since,omitempty"`
	From  *int `json:"from,omitempty"`
	To    *int `json:"to,omitempty"`
	// Text is the words that state the claim; Span covers exactly them.
	Text string `json:"text"`
	Span
}

// Facts is everything extracted from one article.
type Facts struct {
	Entities []Entity `json:"entities"`
	Quotes   []Quote  `json:"quotes"`
	Numbers  []Number `json:"numbers"`
	Claims   []Claim  `json:"claims"`
}

// All runs every extractor over d with the word lists in lex.
func All(d *nlp.Doc, lex *Lexicon) Facts {
	var f Facts
	f.Entities = Entities(d, lex)
	f.Quotes = Quotes(d, f.Entities, lex)
	f.Numbers = Numbers(d, lex)
	f.Claims = Claims(d, f.Entities, f.Numbers, lex)
	return f
}
