package meta

import "time"

// months maps lower-case month names and abbreviations of the languages
// Chronicle reads (English, Ukrainian and Russian in both nominative and
// genitive, German, French, Spanish, Portuguese, Indonesian, Dutch, Polish,
// Turkish, Italian) to month numbers.
var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
	// Ukrainian
	"січень": 1, "січня": 1, "лютий": 2, "лютого": 2, "березень": 3, "березня": 3,
	"квітень": 4, "квітня": 4, "травень": 5, "травня": 5, "червень": 6, "червня": 6,
	"липень": 7, "липня": 7, "серпень": 8, "серпня": 8, "вересень": 9, "вересня": 9,
	"жовтень": 10, "жовтня": 10, "листопад": 11, "листопада": 11, "грудень": 12, "грудня": 12,
	// Russian
	"январь": 1, "января": 1, "февраль": 2, "февраля": 2, "март": 3, "марта": 3,
	"апрель": 4, "апреля": 4, "май": 5, "мая": 5, "июнь": 6, "июня": 6,
	"июль": 7, "июля": 7, "август": 8, "августа": 8, "сентябрь": 9, "сентября": 9,
	"октябрь": 10, "октября": 10, "ноябрь": 11, "ноября": 11, "декабрь": 12, "декабря": 12,
	// German
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7,
	"oktober": 10, "dezember": 12,
	// French
	"janvier": 1, "février": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
	"septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
	// Spanish
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
	"agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	// Portuguese
	"janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10,
	"dezembro": 12,
	// Indonesian, Malay and Dutch
	"januari": 1, "februari": 2, "maret": 3, "maart": 3, "mei": 5, "agustus": 8, "augustus": 8, "desember": 12,
	"disember": 12, "ogos": 8,
	// Polish (genitive)
	"stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7, "sierpnia": 8,
	"września": 9, "października": 10, "listopada": 11, "grudnia": 12,
	// Turkish
	"ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8, "eylül": 9,
	"ekim": 10, "kasım": 11, "aralık": 12,
	// Italian
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
	"settembre": 9, "ottobre": 10, "dicembre": 12,
}

// weekdays maps lower-case weekday names and abbreviations to weekdays.
var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "mon": time.Monday, "tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday, "thursday": time.Thursday, "thu": time.Thursday,
	"thur": time.Thursday, "thurs": time.Thursday, "friday": time.Friday, "fri": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday, "sunday": time.Sunday, "sun": time.Sunday,
	// Ukrainian
	"понеділок": time.Monday, "вівторок": time.Tuesday, "середа": time.Wednesday, "четвер": time.Thursday,
	"пʼятниця": time.Friday, "п'ятниця": time.Friday, "п’ятниця": time.Friday, "субота": time.Saturday,
	"неділя": time.Sunday,
	// Russian
	"понедельник": time.Monday, "вторник": time.Tuesday, "среда": time.Wednesday, "четверг": time.Thursday,
	"пятница": time.Friday, "суббота": time.Saturday, "воскресенье": time.Sunday,
	// German, French, Spanish
	"montag": time.Monday, "dienstag": time.Tuesday, "mittwoch": time.Wednesday, "donnerstag": time.Thursday,
	"freitag": time.Friday, "samstag": time.Saturday, "sonntag": time.Sunday,
	"lundi": time.Monday, "mardi": time.Tuesday, "mercredi": time.Wednesday, "jeudi": time.Thursday,
	"vendredi": time.Friday, "samedi": time.Saturday, "dimanche": time.Sunday,
	"lunes": time.Monday, "martes": time.Tuesday, "miércoles": time.Wednesday, "jueves": time.Thursday,
	"viernes": time.Friday, "sábado": time.Saturday, "domingo": time.Sunday,
}
