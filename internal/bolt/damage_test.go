package bolt_test

import (
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

// filled writes a store with some conversations, closes it and returns
// its path.
func filled(t *testing.T, residents int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "pimmsbot.db")
	s, err := bolt.Open(path, bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= residents; i++ {
		id := fmt.Sprintf("telegram:%d", i)
		ch := conversation.Change{
			Resident:     &conversation.Resident{ID: id, Conversation: uint64(i)},
			Conversation: &conversation.Conversation{ID: uint64(i), Resident: id},
			Messages:     []conversation.Message{{Conversation: uint64(i), Text: strings.Repeat("une question assez longue ", 20)}},
		}
		if err := s.Commit(context.Background(), &ch); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// wantCorrupt checks that opening path fails with ECORRUPT, naming the file
// and the restore section of the deployment guide, without a panic.
func wantCorrupt(t *testing.T, path string) {
	t.Helper()
	s, err := bolt.Open(path, bolt.Options{LockTimeout: testTimeout})
	if err == nil {
		s.Close()
		t.Fatalf("a damaged file opened")
	}
	if conversation.ErrorCode(err) != conversation.ECORRUPT || !strings.Contains(err.Error(), path) ||
		!strings.Contains(err.Error(), "docs/deploy.md") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("error = %v, want one ECORRUPT line naming the file and docs/deploy.md", err)
	}
}

func TestOpenEmptyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pimmsbot.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	wantCorrupt(t, path)
	if fi, err := os.Stat(path); err != nil || fi.Size() != 0 {
		t.Fatalf("the empty file was written to: %v, %v", fi, err)
	}
}

func TestOpenTruncatedFile(t *testing.T) {
	path := filled(t, 300)
	if err := os.Truncate(path, 32<<10); err != nil {
		t.Fatal(err)
	}
	wantCorrupt(t, path)
}

func TestOpenGarbledFreelist(t *testing.T) {
	path := filled(t, 50)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// The meta pages: page size at offset 16+8, freelist page id at
	// 16+32; both metas point at a freelist page that we fill with junk.
	pageSize := int(binary.LittleEndian.Uint32(data[24:]))
	for _, meta := range []int{0, pageSize} {
		free := int(binary.LittleEndian.Uint64(data[meta+48:]))
		for i := free * pageSize; i < (free+1)*pageSize && i < len(data); i++ {
			data[i] = 0xA5
		}
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	wantCorrupt(t, path)
}

func TestWritableFollowsTheDisk(t *testing.T) {
	// A full disk, as the file-size limit makes it: writes fail with
	// EFBIG instead of ENOSPC, through the same path.
	path := filepath.Join(t.TempDir(), "pimmsbot.db")
	s := MustOpenPath(t, path, bolt.Options{})
	ctx := context.Background()
	commit := func(i int) error {
		id := fmt.Sprintf("telegram:%d", i)
		return s.Commit(ctx, &conversation.Change{
			Resident:     &conversation.Resident{ID: id, Conversation: uint64(i)},
			Conversation: &conversation.Conversation{ID: uint64(i), Resident: id},
			Messages:     []conversation.Message{{Conversation: uint64(i), Text: strings.Repeat("x", 3000)}},
		})
	}
	if err := commit(1); err != nil || s.Writable() != nil {
		t.Fatalf("first commit: %v, writable %v", err, s.Writable())
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	signal.Ignore(syscall.SIGXFSZ)
	defer signal.Reset(syscall.SIGXFSZ)
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Skip("no file size limit here:", err)
	}
	limit := old
	limit.Cur = uint64(fi.Size())
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &limit); err != nil {
		t.Skip("cannot set a file size limit:", err)
	}
	var failure error
	for i := 2; i < 200 && failure == nil; i++ {
		failure = commit(i)
	}
	failed := failure != nil
	t.Logf("commit with the disk full: %v", failure)
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Fatal(err)
	}
	if !failed {
		t.Fatal("no commit failed with the disk full")
	}
	if s.Writable() == nil {
		t.Fatalf("Writable() = nil right after a failed commit")
	}
	// The disk has room again, and nobody writes: the health check's
	// probe finds out.
	if err := s.CheckWritable(ctx); err != nil {
		t.Fatalf("CheckWritable() = %v once the disk has room", err)
	}
	if err := s.Writable(); err != nil {
		t.Fatalf("Writable() = %v after the probe", err)
	}
	if err := commit(1000); err != nil {
		t.Fatalf("commit after the disk has room again: %v", err)
	}
}

// TestBackupOfADamagedPageDoesNotHang: a backup that meets a damaged page
// reports it, and the store goes on committing (a read transaction left
// open by the panic would stop the next commit that grows the file).
func TestBackupOfADamagedPageDoesNotHang(t *testing.T) {
	path := filled(t, 400)
	damageLeafPage(t, path)
	s, err := bolt.Open(path, bolt.Options{LockTimeout: testTimeout})
	if err != nil {
		t.Skipf("the damaged file does not open (%v): nothing to back up", err)
	}
	defer s.Close()
	if _, err := s.Backup(context.Background(), io.Discard); err == nil {
		t.Skip("the backup met no damaged page")
	}
	done := make(chan error, 1)
	go func() {
		for i := 10_000; i < 10_500; i++ {
			id := fmt.Sprintf("telegram:%d", i)
			err := s.Commit(context.Background(), &conversation.Change{
				Conversation: &conversation.Conversation{ID: uint64(i), Resident: id},
				Messages:     []conversation.Message{{Conversation: uint64(i), Text: strings.Repeat("x", 2000)}},
			})
			if err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	select {
	case <-done: // committed, or refused with an error: either way, not stuck
	case <-time.After(60 * time.Second):
		t.Fatal("commits stuck after a backup met a damaged page")
	}
}

// damageLeafPage damages one leaf page in the middle of the bbolt file at
// path: its flags say nothing bbolt knows.
func damageLeafPage(t *testing.T, path string) {
	t.Helper()
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
}
