package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// ruleNode is a parsed rules document, YAML or JSON alike, each node with
// the line it starts on.
type ruleNode struct {
	kind   nodeKind
	line   int
	scalar string     // a scalar's text
	keys   []ruleNode // a mapping's keys (scalars), in order
	items  []ruleNode // a mapping's values, or a sequence's items
}

type nodeKind int

const (
	scalarNode nodeKind = iota
	mapNode
	seqNode
)

func (k nodeKind) String() string {
	return [...]string{"a single value", "a mapping", "a list"}[k]
}

// lineError is an error at a line of the rules file.
func lineError(line int, format string, args ...any) error {
	return fmt.Errorf("line %d: %s", line, fmt.Sprintf(format, args...))
}

// parseYAMLRules reads YAML into nodes; an empty document is an empty
// mapping.
func parseYAMLRules(data []byte) (ruleNode, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		// yaml's messages already say "yaml: line N: …".
		return ruleNode{}, errors.New(strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(doc.Content) == 0 {
		return ruleNode{kind: mapNode, line: 1}, nil
	}
	return fromYAML(doc.Content[0])
}

func fromYAML(n *yaml.Node) (ruleNode, error) {
	switch n.Kind {
	case yaml.AliasNode:
		return fromYAML(n.Alias)
	case yaml.ScalarNode:
		return ruleNode{kind: scalarNode, line: n.Line, scalar: n.Value}, nil
	case yaml.SequenceNode:
		out := ruleNode{kind: seqNode, line: n.Line}
		for _, c := range n.Content {
			r, err := fromYAML(c)
			if err != nil {
				return out, err
			}
			out.items = append(out.items, r)
		}
		return out, nil
	case yaml.MappingNode:
		out := ruleNode{kind: mapNode, line: n.Line}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode {
				return out, lineError(k.Line, "a key must be a single word")
			}
			val, err := fromYAML(v)
			if err != nil {
				return out, err
			}
			out.keys = append(out.keys, ruleNode{kind: scalarNode, line: k.Line, scalar: k.Value})
			out.items = append(out.items, val)
		}
		return out, nil
	}
	return ruleNode{}, lineError(n.Line, "unexpected YAML node")
}

// parseJSONRules reads JSON into nodes, with the line of each token
// computed from the decoder's offset.
func parseJSONRules(data []byte) (ruleNode, error) {
	p := jsonParser{data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	p.dec.UseNumber()
	n, err := p.value()
	if err != nil {
		return n, err
	}
	if _, err := p.dec.Token(); !errors.Is(err, io.EOF) {
		return n, lineError(p.line(), "more than one JSON value")
	}
	return n, nil
}

type jsonParser struct {
	data []byte
	dec  *json.Decoder
}

// line is the line of the decoder's position.
func (p *jsonParser) line() int {
	off := min(int(p.dec.InputOffset()), len(p.data))
	return 1 + bytes.Count(p.data[:off], []byte("\n"))
}

func (p *jsonParser) lineAt(off int64) int {
	return 1 + bytes.Count(p.data[:min(int(off), len(p.data))], []byte("\n"))
}

func (p *jsonParser) token() (json.Token, int, error) {
	t, err := p.dec.Token()
	if err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, p.lineAt(se.Offset), lineError(p.lineAt(se.Offset), "%v", err)
		}
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, p.line(), lineError(p.line(), "%v", err)
	}
	return t, p.line(), nil
}

func (p *jsonParser) value() (ruleNode, error) {
	t, line, err := p.token()
	if err != nil {
		return ruleNode{}, err
	}
	switch v := t.(type) {
	case json.Delim:
		if v == '{' {
			return p.object(line)
		}
		if v == '[' {
			return p.array(line)
		}
		return ruleNode{}, lineError(line, "unexpected %q", v)
	case string:
		return ruleNode{kind: scalarNode, line: line, scalar: v}, nil
	case json.Number:
		return ruleNode{kind: scalarNode, line: line, scalar: v.String()}, nil
	case bool:
		return ruleNode{kind: scalarNode, line: line, scalar: strconv.FormatBool(v)}, nil
	default: // null
		return ruleNode{kind: scalarNode, line: line, scalar: ""}, nil
	}
}

func (p *jsonParser) object(line int) (ruleNode, error) {
	out := ruleNode{kind: mapNode, line: line}
	for p.dec.More() {
		t, kl, err := p.token()
		if err != nil {
			return out, err
		}
		v, err := p.value()
		if err != nil {
			return out, err
		}
		out.keys = append(out.keys, ruleNode{kind: scalarNode, line: kl, scalar: t.(string)})
		out.items = append(out.items, v)
	}
	_, _, err := p.token() // '}'
	return out, err
}

func (p *jsonParser) array(line int) (ruleNode, error) {
	out := ruleNode{kind: seqNode, line: line}
	for p.dec.More() {
		v, err := p.value()
		if err != nil {
			return out, err
		}
		out.items = append(out.items, v)
	}
	_, _, err := p.token() // ']'
	return out, err
}
