package hours_test

import (
	"fmt"
	"strings"
	"time"

	"pimmsbot/internal/hours"
)

func Example() {
	paris, _ := time.LoadLocation("Europe/Paris")
	s, err := hours.Parse("lun-ven 09:00-12:30,13:30-17:00; sam 09:00-12:00", []string{"2026-12-25"}, paris)
	if err != nil {
		fmt.Println(err)
		return
	}
	now := time.Date(2026, 12, 24, 18, 0, 0, 0, paris) // Christmas Eve, after closing
	next, _ := s.NextOpening(now)
	// The texts use non-breaking spaces; they are shown here as spaces.
	nbsp := strings.NewReplacer("\u00a0", " ")
	fmt.Println(s.OpenAt(now))
	fmt.Println(nbsp.Replace(s.When(next, now)))
	for _, line := range s.Describe() {
		fmt.Println(nbsp.Replace(line))
	}
	// Output:
	// false
	// samedi 26 décembre à 9 h
	// du lundi au vendredi : 9 h – 12 h 30, 13 h 30 – 17 h
	// le samedi : 9 h – 12 h
}
