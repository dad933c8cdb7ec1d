package bolt_test

import (
	"context"
	"encoding/binary"
	"os"
	"strings"
	"testing"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

// TestReadOfADamagedPageInFrench: a report that meets a damaged page
// tells the site manager what the store says of a damaged file, in
// French and whole, with no English « read …: » before it.
func TestReadOfADamagedPageInFrench(t *testing.T) {
	path := filled(t, 400)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	pageSize := int(binary.LittleEndian.Uint32(data[24:]))
	for p := len(data) / pageSize / 2; (p+1)*pageSize <= len(data); p++ {
		if binary.LittleEndian.Uint16(data[p*pageSize+8:]) == 0x02 { // a leaf page
			binary.LittleEndian.PutUint16(data[p*pageSize+8:], 0x7777)
			break
		}
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := bolt.Open(path, bolt.Options{LockTimeout: testTimeout})
	if err != nil {
		t.Skipf("the damaged file does not open (%v)", err)
	}
	defer s.Close()
	ctx := context.Background()
	err = s.ForEachConversation(ctx, func(conversation.Conversation) error { return nil })
	if err == nil {
		err = s.ForEachMessage(ctx, 0, ^uint64(0), func(conversation.Message) error { return nil })
	}
	if err == nil {
		t.Skip("the reads met no damaged page")
	}
	if conversation.ErrorCode(err) != conversation.ECORRUPT || !strings.HasPrefix(err.Error(), "la base "+path+" est endommagée") {
		t.Errorf("error %q, want ECORRUPT, starting with « la base %s est endommagée »", err, path)
	}
}
