package score

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
)

// Gold is the annotated facts of one article (ANNOTATION.md).
type Gold struct {
	ID            string       `json:"id"`
	URL           *string      `json:"url"`
	People        []string     `json:"people"`
	Organizations []string     `json:"organizations"`
	Places        []string     `json:"places"`
	Quotes        []GoldQuote  `json:"quotes"`
	Numbers       []NumberFact `json:"numbers"`
	Claims        []ClaimFact  `json:"claims"`
}

// GoldQuote is one annotated quote; a nil Speaker means the article names
// no one.
type GoldQuote struct {
	Text    string  `json:"text"`
	Speaker *string `json:"speaker"`
	Partial bool    `json:"partial"`
}

// Sheet is the part of a fact sheet that scoring reads. It is decoded from
// a sheet's JSON, so sheets written by any version of newsfacts (or by
// another tool) can be scored.
type Sheet struct {
	ID       string       `json:"id"`
	Entities []Entity     `json:"entities"`
	Quotes   []SheetQuote `json:"quotes"`
	Numbers  []NumberFact `json:"numbers"`
	Claims   []ClaimFact  `json:"claims"`
}

// Entity is a sheet entity: its canonical name and type (PERSON, ORG,
// GPE, LOC…).
type Entity struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// SheetQuote is a quote found by the extractor; Speaker is nil or empty
// when unresolved.
type SheetQuote struct {
	Text    string  `json:"text"`
	Speaker *string `json:"speaker"`
}

// NumberFact is a quantity, in gold or in a sheet.
type NumberFact struct {
	Text  string `json:"text"`
	Value Value  `json:"value"`
	Kind  string `json:"kind"`
	Unit  string `json:"unit,omitempty"`
}

// ClaimFact is a claim, in gold or in a sheet. Numeric fields are Values
// so that a field given in gold but absent or null in the sheet fails to
// match.
type ClaimFact struct {
	Subject string `json:"subject"`
	Metric  string `json:"metric"`
	Value   Value  `json:"value"`
	Change  Value  `json:"change"`
	Since   Value  `json:"since"`
	From    Value  `json:"from"`
	To      Value  `json:"to"`
	Object  Value  `json:"object"`
	Unit    string `json:"unit,omitempty"`
	Text    string `json:"text"`
}

// Value is a JSON value read as a number the way a lenient reader would:
// numbers as they are, numeric strings parsed, true and false as 1 and 0.
// Set tells whether the field was present at all (even as null).
type Value struct {
	Set bool            // the field was present
	Raw json.RawMessage // its JSON, "null" included
}

// UnmarshalJSON records the raw value.
func (v *Value) UnmarshalJSON(b []byte) error {
	v.Set = true
	v.Raw = append(v.Raw[:0], b...)
	return nil
}

// MarshalJSON writes the raw value back (null when absent).
func (v Value) MarshalJSON() ([]byte, error) {
	if !v.Set || len(v.Raw) == 0 {
		return []byte("null"), nil
	}
	return v.Raw, nil
}

// Num returns v as a float64, and false when it is absent, null or not a
// number.
func (v Value) Num() (float64, bool) {
	if !v.Set {
		return 0, false
	}
	var x any
	if err := json.Unmarshal(v.Raw, &x); err != nil {
		return 0, false
	}
	switch t := x.(type) {
	case float64:
		return t, true
	case bool:
		if t {
			return 1, true
		}
		return 0, true
	case string:
		f, err := strconv.ParseFloat(strings.TrimSpace(strings.ReplaceAll(t, "_", "")), 64)
		return f, err == nil || isRangeErr(err)
	}
	return 0, false
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// Str returns v as a string: a JSON string's contents, else "".
func (v Value) Str() string {
	var s string
	if !v.Set || json.Unmarshal(v.Raw, &s) != nil {
		return ""
	}
	return s
}

// Number returns a Value holding f.
func Number(f float64) Value {
	b, _ := json.Marshal(f)
	return Value{Set: true, Raw: b}
}

// closeTo reports whether p is within a millionth of g (relative, or
// absolute below 1).
func closeTo(g, p float64) bool {
	return !(math.Abs(g-p) > 1e-6*math.Max(1, math.Abs(g)))
}
