package bolt

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	segjson "github.com/segmentio/encoding/json"

	"pimmsbot/internal/conversation"
)

// The records written on every message (resident, conversation,
// messages, outbox items) and every record read go through segjson
// (github.com/segmentio/encoding/json), three times as fast as
// encoding/json, which the rest of the package and every file already
// written use. Both must write the same bytes for any value of these
// types, and read the same value back, or a file would depend on which
// code wrote it. Ticket and Proposal use omitzero, which segjson does
// not know: they are only read through it. So does Outgoing: written by
// segjson, it must read back the same value.
func TestCodecAsStandard(t *testing.T) {
	f := filler{rng: rand.New(rand.NewPCG(7, 11))}
	const readOnly, sameBytes, sameValue = 0, 1, 2
	for _, c := range []struct {
		v      any
		encode int
	}{
		{&conversation.Resident{}, sameBytes}, {&conversation.Conversation{}, sameBytes},
		{&storedMessage{}, sameBytes}, {&answerText{}, sameBytes},
		{&conversation.Outgoing{}, sameValue}, {&conversation.Ticket{}, readOnly},
		{&conversation.Feedback{}, readOnly}, {&conversation.Unanswered{}, readOnly},
		{&conversation.Suggestion{}, readOnly}, {&conversation.Proposal{}, readOnly},
	} {
		typ := reflect.TypeOf(c.v).Elem()
		for range 3000 {
			value := reflect.New(typ)
			f.fill(value.Elem(), 0)
			want, errStd := json.Marshal(value.Interface())
			if errStd != nil {
				continue // a value with no name (Mode 7)
			}
			got, err := segjson.Marshal(value.Interface())
			if c.encode == sameBytes && (err != nil || string(got) != string(want)) {
				t.Fatalf("%s encoded as\n%s (%v)\nencoding/json writes\n%s", typ, got, err, want)
			}
			if c.encode == sameValue {
				std, fast := reflect.New(typ), reflect.New(typ)
				if err != nil || json.Unmarshal(want, std.Interface()) != nil || json.Unmarshal(got, fast.Interface()) != nil ||
					!reflect.DeepEqual(std.Interface(), fast.Interface()) {
					t.Fatalf("%s encoded as\n%s (%v)\nencoding/json writes\n%s\nwhich reads otherwise", typ, got, err, want)
				}
			}
			std, fast := reflect.New(typ), reflect.New(typ)
			if err := json.Unmarshal(want, std.Interface()); err != nil {
				t.Fatalf("%s: encoding/json reads %s: %v", typ, want, err)
			}
			if err := segjson.Unmarshal(want, fast.Interface()); err != nil {
				t.Fatalf("%s: reading %s: %v", typ, want, err)
			}
			if !reflect.DeepEqual(std.Interface(), fast.Interface()) {
				t.Fatalf("%s read from %s as\n%+v\nencoding/json reads\n%+v", typ, want, fast.Elem(), std.Elem())
			}
		}
	}
}

// Records of older schemas, and values a hand or another version wrote,
// read the same through both.
func TestCodecReadsAsStandard(t *testing.T) {
	for _, data := range []string{
		`{"id":"telegram:1","name":"Ada","label":"Usager 0001","created":"2026-01-02T03:04:05.123456789+01:00","seen":"2026-01-02T03:04:05Z","mode":"bot","offered":[],"rated":null}`,
		`{"ID":"telegram:2","LABEL":"x","Mode":"waiting","unknown":{"a":[1,2,{"b":null}]},"misses":3}`,
		`{"id":"a\u00e9\ud83d\ude00\u2028<>&","conversation":18446744073709551615}`,
		`{"id":"dup","id":"second"}`,
		` { "id" : "spaces" , "blocked" : true } `,
	} {
		var std, fast conversation.Resident
		errStd := json.Unmarshal([]byte(data), &std)
		errFast := segjson.Unmarshal([]byte(data), &fast)
		if (errStd == nil) != (errFast == nil) || !reflect.DeepEqual(std, fast) {
			t.Errorf("%s read as %+v (%v), encoding/json reads %+v (%v)", data, fast, errFast, std, errStd)
		}
	}
}

// segjson writes any time; encoding/json refuses a year outside
// 0–9999, which no decoder reads back. encode refuses what encoding/json
// would refuse, whatever record holds the time.
func TestEncodeRefusesWhatStandardRefuses(t *testing.T) {
	f := filler{rng: rand.New(rand.NewPCG(5, 6)), badYears: true}
	refused := 0
	for range 3000 {
		ch := &conversation.Change{Resident: &conversation.Resident{}, Conversation: &conversation.Conversation{},
			Messages: make([]conversation.Message, 2), Outbox: make([]conversation.Outgoing, 1), Retry: make([]conversation.Outgoing, 1)}
		f.fill(reflect.ValueOf(ch.Resident).Elem(), 0)
		f.fill(reflect.ValueOf(ch.Conversation).Elem(), 0)
		for i := range ch.Messages {
			f.fill(reflect.ValueOf(&ch.Messages[i]).Elem(), 0)
		}
		f.fill(reflect.ValueOf(&ch.Outbox[0]).Elem(), 0)
		f.fill(reflect.ValueOf(&ch.Retry[0]).Elem(), 0)
		ch.Outbox[0].ID = 0
		var errStd error
		for _, v := range []any{ch.Resident, ch.Conversation, &ch.Messages[0], &ch.Messages[1], &ch.Outbox[0], &ch.Retry[0]} {
			if _, err := json.Marshal(v); err != nil {
				errStd = err
			}
		}
		_, err := encode(ch)
		if (err == nil) != (errStd == nil) {
			t.Fatalf("encode gives %v, encoding/json %v, for %+v", err, errStd, ch)
		}
		if err != nil {
			refused++
		}
	}
	if refused == 0 {
		t.Fatal("no change refused: the test made no bad year")
	}
}

// What segjson reads is copied out of the bytes it reads, which bbolt
// unmaps once the transaction ends.
func TestCodecCopies(t *testing.T) {
	data := []byte(`{"id":"telegram:1","label":"Usager 0001","offered":["a-b"],"last_question":"où ?"}`)
	var r conversation.Resident
	if err := segjson.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprint(r)
	for i := range data {
		data[i] = 'x'
	}
	if got := fmt.Sprint(r); got != want {
		t.Errorf("after its bytes changed, the record reads %s, was %s", got, want)
	}
}

// tricky are strings that encoders escape or mend differently when they
// get it wrong.
var tricky = []string{"", "a", "Usager 7F3A", "é à ç œ", "<b>&amp;</b>", "\u2028\u2029", "\x00\x1f\"\\",
	"\xff\xfeinvalid", "😀 🇫🇷", "\u00a0«\u00a0»", "@everyone", strings300}

var strings300 = string(make([]byte, 300))

// A filler gives values random content, with nil, empty and zero values
// often: the cases where omitempty and friends differ.
type filler struct {
	rng *rand.Rand
	// badYears gives times years that JSON cannot hold, now and then.
	badYears bool
}

func (f filler) fill(v reflect.Value, depth int) {
	rng := f.rng
	if v.Type() == reflect.TypeFor[time.Time]() {
		times := []time.Time{{}, time.Unix(rng.Int64N(4e9), rng.Int64N(1e9)).UTC(),
			time.Unix(rng.Int64N(4e9), 0).In(time.FixedZone("", 3600)), time.Now()}
		if f.badYears && rng.IntN(8) == 0 {
			times = []time.Time{time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC),
				time.Date(2026, 1, 1, 0, 0, 0, 0, time.FixedZone("", 25*3600))}
		}
		v.Set(reflect.ValueOf(times[rng.IntN(len(times))]))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(tricky[rng.IntN(len(tricky))])
	case reflect.Bool:
		v.SetBool(rng.IntN(2) == 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.Type().PkgPath() != "" { // an enumeration (Mode, OutKind…): mostly named values
			v.SetInt(rng.Int64N(8))
			return
		}
		v.SetInt([]int64{0, 1, -1, rng.Int64N(1 << 40)}[rng.IntN(4)])
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint([]uint64{0, 1, rng.Uint64() >> (64 - v.Type().Bits())}[rng.IntN(3)])
	case reflect.Float32, reflect.Float64:
		v.SetFloat([]float64{0, 0.5, 1e-7, 123456.789}[rng.IntN(4)])
	case reflect.Pointer:
		if depth < 4 && rng.IntN(2) == 0 {
			p := reflect.New(v.Type().Elem())
			f.fill(p.Elem(), depth+1)
			v.Set(p)
		}
	case reflect.Slice:
		switch n := rng.IntN(4); {
		case n == 0 || depth >= 4:
		case n == 1:
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		default:
			s := reflect.MakeSlice(v.Type(), n-1, n-1)
			for i := range s.Len() {
				f.fill(s.Index(i), depth+1)
			}
			v.Set(s)
		}
	case reflect.Map:
		if depth < 4 && rng.IntN(2) == 0 {
			m := reflect.MakeMap(v.Type())
			for range rng.IntN(3) {
				k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
				f.fill(k, depth+1)
				f.fill(e, depth+1)
				m.SetMapIndex(k, e)
			}
			v.Set(m)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				f.fill(v.Field(i), depth+1)
			}
		}
	}
}
