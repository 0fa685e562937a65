package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// innerTexts returns the words inside the top-level passages of text.
func innerTexts(text string) []string {
	var out []string
	for _, p := range topLevel(findPassages(text, nlp.Paragraphs(text))) {
		out = append(out, text[p.inner.Start:p.inner.End])
	}
	return out
}

func TestPassagesMarks(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"curly doubles", `She said: “We did it.” Then she left.`, []string{"We did it."}},
		{"straight doubles", `"We did it," he said. "Now we rest."`, []string{"We did it,", "Now we rest."}},
		{"guillemets", `Il a dit: « Nous avons gagné » hier.`, []string{"Nous avons gagné"}},
		{"low-nine opener", `Sie sagte „Wir haben gewonnen“ gestern.`, []string{"Wir haben gewonnen"}},
		{"single quotes", `He said ‘we did it’ last night.`, []string{"we did it"}},
		{"straight singles", `He said 'we did it' last night.`, []string{"we did it"}},
		{"apostrophes are not marks", `Labour’s win didn’t surprise the players’ union in the ’90s.`, nil},
		{"nested singles stay inside", `“I never used the term ‘three amigos’ at all,” he said.`, []string{"I never used the term ‘three amigos’ at all,"}},
		{"inches are not marks", `The 70" TV costs less than the 65" one.`, nil},
		{"empty marks", `He said “ ” and left.`, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, innerTexts(c.text))
		})
	}
}

func TestPassagesUnbalanced(t *testing.T) {
	// An opening mark with no closing mark runs to the paragraph's end.
	text := "He said: “We did it.\n\nAnd the next paragraph has no marks."
	assert.Equal(t, []string{"We did it."}, innerTexts(text))

	// A quote over two paragraphs: the first has no closing mark, the next
	// opens with one; each paragraph is its own passage.
	text = "Ferguson said: “The first part.\n\n“The second part.”"
	ps := topLevel(findPassages(text, nlp.Paragraphs(text)))
	if assert.Len(t, ps, 2) {
		assert.True(t, ps[0].unclosed)
		assert.Equal(t, "The second part.", text[ps[1].inner.Start:ps[1].inner.End])
	}

	// A closing mark opening a continued paragraph ends the quote begun
	// before it.
	text = "She said: “The first part.\n\nThe second part,” she added."
	assert.Equal(t, []string{"The first part.", "The second part,"}, innerTexts(text))

	// A stray closing mark with nothing open is ignored.
	assert.Empty(t, innerTexts("It was over” by noon."))
}
