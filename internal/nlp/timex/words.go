package timex

import "strings"

// cyrillicMonths lists every case form of the month names, Russian first
// (January..December), then Ukrainian.
var cyrillicMonths = [24]string{
	"январь января январе январём январем январю",
	"февраль февраля феврале февралём февралем февралю",
	"март марта марте мартом марту",
	"апрель апреля апреле апрелем апрелю",
	"май мая мае маем маю",
	"июнь июня июне июнем июню",
	"июль июля июле июлем июлю",
	"август августа августе августом августу",
	"сентябрь сентября сентябре сентябрём сентябрем сентябрю",
	"октябрь октября октябре октябрём октябрем октябрю",
	"ноябрь ноября ноябре ноябрём ноябрем ноябрю",
	"декабрь декабря декабре декабрём декабрем декабрю",
	"січень січня січні січнем січню",
	"лютий лютого лютому лютим лютім",
	"березень березня березні березнем березню",
	"квітень квітня квітні квітнем квітню",
	"травень травня травні травнем травню",
	"червень червня червні червнем червню",
	"липень липня липні липнем липню",
	"серпень серпня серпні серпнем серпню",
	"вересень вересня вересні вереснем вересню",
	"жовтень жовтня жовтні жовтнем жовтню",
	"листопад листопада листопаді листопадом листопаду",
	"грудень грудня грудні груднем грудню",
}

// cyrillicWeekdays lists the forms of the weekday names used after в/у ("в
// воскресенье", "у неділю"), Russian first (Sunday..Saturday), then Ukrainian.
var cyrillicWeekdays = [14]string{
	"воскресенье", "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу",
	"неділю", "понеділок", "вівторок", "середу", "четвер", "п'ятницю", "суботу",
}

// pastWords are irregular past-tense verbs and past auxiliaries; regular
// ones are caught by their -ed ending.
const pastWords = `said met held spoke told began took went came gave made saw sent left won lost led fled
struck was were had did became brought bought built chose drew drove fell fought found flew froze got grew
heard hid kept knew laid meant paid ran rang rose sat sold shot shook sought stood stole swore taught thought
threw understood woke wore wrote broke caught felt overtook arose withdrew undertook upheld oversaw forbade
spent dealt hung slid spun sank swam stuck sprang blew bore tore forgave foresaw mistook outlined agreed freed
guaranteed ago yesterday`

// futureWords are modal, planning and scheduling markers.
const futureWords = `will shall would ll wo going slated scheduled planned plan plans planning expected expects
due upcoming next proposed intends intend intended tomorrow forthcoming
будет будут состоится состоятся пройдёт пройдет пройдут планируется запланирован запланирована
запланировано запланированы намерен намерены буде будуть відбудеться відбудуться пройде планується
запланований запланована заплановано заплановані`

// infinitiveVerbs open a future infinitive: "agreed to meet on Monday".
const infinitiveVerbs = `agreed agree agrees is are am hope hopes hoped want wants wanted decided decide decides
promised promise promises vowed vow vows pledged pledge pledges threatened threaten threatens likely ready
prepared poised aims aimed aim seeks seek invited invites asked urged called offered offers`

// notPastEd are words ending in -ed that are not past tenses.
const notPastEd = `need red bed shed hundred kindred naked sacred wicked ragged rugged beloved united
limited detailed advanced armed related based interested concerned experienced qualified alleged so-called
embed tweed reed creed greed deed steed`

var notPastEdSet = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(notPastEd) {
		m[w] = true
	}
	return m
}()
