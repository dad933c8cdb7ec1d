package conversation

// Running reports whether Run's flusher takes the marks of deliveries
// (marks.go), for the tests of package conversation_test.
func (s *Service) Running() bool {
	s.marks.mu.Lock()
	defer s.marks.mu.Unlock()
	return s.marks.running
}
