package meta

import "testing"

// TestPlainEnglish checks the English fast path against prose in other
// Latin-script languages, which must go to the detector.
func TestPlainEnglish(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The foreign ministers of both countries met in Istanbul on Thursday to discuss the exchange of prisoners and a possible ceasefire, the ministry said.", true},
		{"Die Außenminister beider Länder trafen sich am Donnerstag in Istanbul, um über den Austausch von Gefangenen und eine mögliche Waffenruhe zu sprechen.", false},
		{"Les ministres des Affaires étrangères des deux pays se sont rencontrés jeudi à Istanbul pour discuter de l'échange de prisonniers et d'un possible cessez-le-feu.", false},
		{"Los ministros de Asuntos Exteriores de ambos países se reunieron el jueves en Estambul para hablar del intercambio de prisioneros y de un posible alto el fuego.", false},
		{"De ministers van Buitenlandse Zaken van beide landen kwamen donderdag in Istanbul bijeen om de uitwisseling van gevangenen en een mogelijk staakt-het-vuren te bespreken.", false},
		{"Menteri luar negeri kedua negara bertemu di Istanbul pada hari Kamis untuk membahas pertukaran tahanan dan kemungkinan gencatan senjata.", false},
		{"Os ministros das Relações Exteriores dos dois países reuniram-se na quinta-feira em Istambul para discutir a troca de prisioneiros e um possível cessar-fogo.", false},
		{"Short text.", false},
	}
	for _, tc := range tests {
		if got := isPlainEnglish(tc.text); got != tc.want {
			t.Errorf("isPlainEnglish(%.40q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
