//go:build !linux && !darwin

package dossier

// peakRSS is not measured here.
func peakRSS() float64 { return 0 }
