package bolt_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
)

func TestInbox(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	received := func(channel string) ([]uint64, []string) {
		t.Helper()
		keys, raws, err := s.Received(ctx, channel)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range raws {
			out = append(out, string(r))
		}
		return keys, out
	}
	if keys, _ := received("telegram"); len(keys) != 0 {
		t.Fatalf("new store: %v received", keys)
	}
	k1, err := s.Receive(ctx, "telegram", [][]byte{[]byte(`{"update_id":7}`), []byte(`{"update_id":5}`)}, 8)
	if err != nil {
		t.Fatal(err)
	}
	k2, err := s.Receive(ctx, "telegram", [][]byte{[]byte(`{"update_id":9}`)}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Receive(ctx, "other", [][]byte{[]byte(`x`)}, 0); err != nil {
		t.Fatal(err)
	}
	if off, err := s.Offset(ctx, "telegram"); err != nil || off != 8 {
		t.Errorf("offset %d %v, want 8 (0 keeps it)", off, err)
	}
	s = MustReopen(t, s)
	keys, raws := received("telegram")
	if !slices.Equal(keys, append(k1, k2...)) || fmt.Sprint(raws) != `[{"update_id":7} {"update_id":5} {"update_id":9}]` {
		t.Errorf("received %v %v, want in the order received", keys, raws)
	}
	if err := s.Handled(ctx, "telegram", k1[1], k2[0], 12345); err != nil {
		t.Fatal(err)
	}
	if keys, raws := received("telegram"); !slices.Equal(keys, k1[:1]) || raws[0] != `{"update_id":7}` {
		t.Errorf("after Handled: %v %v", keys, raws)
	}
	if keys, _ := received("other"); len(keys) != 1 {
		t.Errorf("other channel: %v", keys)
	}
	if _, err := s.Receive(ctx, "", nil, 0); err == nil {
		t.Error("empty channel accepted")
	}
}
