package nlp

import (
	"testing"

	"github.com/jdkato/prose/v3"
	"github.com/stretchr/testify/require"
)

// The windowed recogniser must find exactly the candidates a full pass
// finds.
func TestWindowedLabelsMatchFullPass(t *testing.T) {
	texts := []string{
		"Labour has seized control of Britain’s most Jewish local authority. Swansea Labour MP Carolyn Harris said the result in Barnet “cannot be underestimated”.",
		"Apple said iPhone sales in the non-U.S. markets rose, while the European Commission in Brussels opened an inquiry into Google and Meta.",
		"Judge Helen Marsh told Newcastle Crown Court on Tuesday that the Proceeds of Crime Act applied. Mr Okafor, for the Crown Prosecution Service, agreed.",
		"the quick brown fox jumps over the lazy dog, said nobody in particular. Then came Paris, Texas, and the University of Texas at Austin.",
		"#MethWeAreOnIt was the campaign of South Dakota Governor Kristi Noem, the Sioux Falls Argus Leader reported.",
	}
	for _, text := range texts {
		d, err := Annotate(t.Context(), text)
		require.NoError(t, err)
		got := map[Span]string{}
		for _, c := range d.Candidates {
			got[c.Span] = c.Label
		}
		want := map[Span]string{}
		for _, p := range Paragraphs(text) {
			pd, err := prose.NewDocument(text[p.Start:p.End])
			require.NoError(t, err)
			for _, e := range pd.Entities() {
				want[Span{p.Start + e.Start, p.Start + e.End()}] = e.Label
			}
		}
		require.Equal(t, want, got, text)
	}
}
