package event

// The sixteen PLOVER 2.0 event types.
const (
	Agree     = "AGREE"
	Consult   = "CONSULT"
	Support   = "SUPPORT"
	Concede   = "CONCEDE"
	Cooperate = "COOPERATE"
	Aid       = "AID"
	Retreat   = "RETREAT"
	Request   = "REQUEST"
	Accuse    = "ACCUSE"
	Reject    = "REJECT"
	Threaten  = "THREATEN"
	Protest   = "PROTEST"
	Sanction  = "SANCTION"
	Mobilize  = "MOBILIZE"
	Coerce    = "COERCE"
	Assault   = "ASSAULT"
)

// Types lists the PLOVER types in the ontology's order, cooperative first.
var Types = [...]string{
	Agree, Consult, Support, Concede, Cooperate, Aid, Retreat, Request,
	Accuse, Reject, Threaten, Protest, Sanction, Mobilize, Coerce, Assault,
}

// Trigger flags say what a trigger needs or implies beyond its words.
const (
	fNoun         = 1 << iota // a nominal trigger: weaker evidence, needs an actor close by
	fTwo                      // needs two participants ("discussed", "spoke with")
	fStateSubj                // the subject must be a state, government or official ("must")
	fPlaceRcpt                // a place after the trigger names the recipient ("visited Ankara")
	fDefinite                 // "the talks": may refer back to an event already told
	fSelfStat                 // the trigger itself sets the status (see entry.status)
	fAfterTo                  // a verb form only after "to" or "will" ("plan to march")
	fNotPredicate             // no event after a copula: "the round was the first contact between …" describes its subject
	fAgreedOnly               // a trigger only as what an AGREE settles: "agreed to continue the process"
	fPersonObj                // the object follows at once and is a person or a group of them ("received the ministers")
)

// entry is one trigger pattern. A pattern is a sequence of slots separated
// by spaces; a slot lists alternative words separated by "|", "?" after a
// slot makes it optional, and "_N" is a gap of up to N words (not crossing
// punctuation other than hyphens: "B-2 bombers"). Words are matched in
// lower case.
type entry struct {
	typ    string
	pat    string
	mode   string  // CONSULT: phone, virtual, mediated, in-person; other types: PLOVER's mode word
	base   float64 // prior strength of the trigger
	flags  int
	status string // with fSelfStat: the status the trigger implies
}

// lexicon is the trigger table. The verb forms are spelled out: a lemma
// table would be shorter but would also accept forms that are nouns in
// news prose ("talks", "calls", "strikes" are handled as nouns on purpose).
var lexicon = []entry{
	// CONSULT
	{typ: Consult, pat: "held|hold|holds|holding|hosted|host|hosts|hosting|had|have|has|begin|began|begins|opened|resumed|resume|concluded|wrapped|start|started _3 talks|negotiations|consultations|discussions|meeting|meetings|summit|dialogue|round", base: 0.8},
	{typ: Consult, pat: "held|hold|holds|holding|had|have|has _2 phone|telephone call|calls|conversation|talks", mode: "phone", base: 0.85},
	{typ: Consult, pat: "met|meet|meets|meeting with|in|at|on|for|twice|again|separately|privately|face", base: 0.8},
	{typ: Consult, pat: "met|meets", base: 0.7, flags: fTwo},
	{typ: Consult, pat: "spoke|speak|speaks|speaking|talked|talk|talks|spoken by|over|on the? phone|telephone", mode: "phone", base: 0.85},
	{typ: Consult, pat: "spoke|speak|speaks|talked|talk|talking|spoken with|to", base: 0.6, flags: fTwo},
	{typ: Consult, pat: "phone|telephone call|calls|conversation|conversations|talks|contact", mode: "phone", base: 0.75, flags: fNoun},
	{typ: Consult, pat: "phoned|telephoned|rang", mode: "phone", base: 0.75, flags: fTwo},
	{typ: Consult, pat: "call|calls with|between", mode: "phone", base: 0.65, flags: fNoun | fTwo},
	{typ: Consult, pat: "video call|link|conference|conferencing|calls", mode: "virtual", base: 0.8, flags: fNoun},
	{typ: Consult, pat: "videoconference|video-conference|videolink|virtually|online", mode: "virtual", base: 0.6, flags: fNoun | fTwo},
	{typ: Consult, pat: "discussed|discuss|discusses|discussing|convened|conferred|negotiated|negotiate|negotiating|consulted", base: 0.65, flags: fTwo},
	{typ: Consult, pat: "exchanged|exchange views|opinions", base: 0.65, flags: fTwo},
	{typ: Consult, pat: "talks|negotiations|consultations|discussions|summit|meeting|dialogue", base: 0.55, flags: fNoun | fDefinite},
	{typ: Consult, pat: "round of talks|negotiations|consultations|discussions", base: 0.65, flags: fNoun | fDefinite},
	// "the highest-level contact between the two governments": "contact"
	// alone is too wide ("the line of contact", "lost contact with")
	{typ: Consult, pat: "contact|contacts between", base: 0.55, flags: fNoun | fNotPredicate},
	// "agreed to continue the process next week": the parties plan to meet again
	{typ: Consult, pat: "continue|resume|reconvene|pursue _2 talks|negotiations|discussions|consultations|dialogue|process|them", base: 0.6, flags: fAgreedOnly},
	{typ: Consult, pat: "meet|talk again|later|soon", base: 0.6, flags: fAgreedOnly},
	{typ: Consult, pat: "indirect|mediated|proximity talks|negotiations|discussions", mode: "mediated", base: 0.7, flags: fNoun},
	{typ: Consult, pat: "visit|visits|visited|visiting", mode: "in-person", base: 0.65, flags: fPlaceRcpt},
	{typ: Consult, pat: "trip|arrived", mode: "in-person", base: 0.5, flags: fNoun | fPlaceRcpt | fTwo},
	// a leader receiving visitors meets them; "received aid" is no meeting
	{typ: Consult, pat: "received|receives|receive|receiving|hosted|hosts|host|hosting", mode: "in-person", base: 0.6, flags: fTwo | fPersonObj},

	// AGREE
	{typ: Agree, pat: "agreed|agree|agrees|agreeing to|on|that|upon|a|an|terms", base: 0.8},
	// "agreed Tuesday to": a bare day between the verb and its infinitive
	{typ: Agree, pat: "agreed|agrees monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday to", base: 0.8},
	{typ: Agree, pat: "agreed|agreeing with _4 to|on", base: 0.75},
	{typ: Agree, pat: "reached|struck|clinched|sealed|finalised|finalized|concluded|signed|sign|signs|signing|inked|brokered _3 deal|agreement|accord|truce|ceasefire|pact|memorandum|treaty|understanding|arrangement", base: 0.85},
	{typ: Agree, pat: "signed|signs|sign|signing", base: 0.5},
	{typ: Agree, pat: "accepted|accepts|accept|accepting _3 proposal|proposals|plan|offer|terms|deal|ceasefire|truce|agreement|demands|conditions", base: 0.75},
	{typ: Agree, pat: "memorandum|accord|pact|treaty", base: 0.35, flags: fNoun},
	{typ: Agree, pat: "deal|agreement", base: 0.35, flags: fNoun},
	{typ: Agree, pat: "ceasefire|truce agreed|agreement|deal|accord", base: 0.75, flags: fNoun},

	// REQUEST
	{typ: Request, pat: "demanded|demand|demands|demanding", base: 0.75},
	{typ: Request, pat: "called|calls|call|calling on|for|upon", base: 0.75},
	{typ: Request, pat: "urged|urges|urge|urging|pressed|pressing|appealed|appeals|appeal|requested|requests", base: 0.75},
	{typ: Request, pat: "insists|insisted|insist|insisting", base: 0.7},
	{typ: Request, pat: "asked|asks", base: 0.55, flags: fTwo},
	{typ: Request, pat: "must", base: 0.5, flags: fStateSubj},
	{typ: Request, pat: "proposed|proposes|propose|offered|offers|proposal", base: 0.55},

	// REJECT
	{typ: Reject, pat: "rejected|rejects|reject|rejecting|refused|refuses|refuse|refusing|dismissed|dismisses|dismissing|rebuffed|vetoed|denied|denies|deny", base: 0.75},
	{typ: Reject, pat: "ruled|rules|turned|turns out|down", base: 0.7},
	{typ: Reject, pat: "declined|declines to", base: 0.6},

	// ACCUSE
	{typ: Accuse, pat: "accused|accuses|accuse|accusing|blamed|blames|blame|blaming|condemned|condemns|condemn|condemning|denounced|denounces|criticised|criticized|criticises|criticizes|slammed|accusations|accusation", base: 0.75},
	{typ: Accuse, pat: "war crimes|crime|genocide", base: 0.5, flags: fNoun},

	// THREATEN
	{typ: Threaten, pat: "threatened|threatens|threaten|threatening|ultimatum", base: 0.75},
	{typ: Threaten, pat: "warned|warns|warn|warning", base: 0.6},

	// SANCTION
	{typ: Sanction, pat: "sanctions|tariffs|embargo|restrictions on|against", base: 0.75, flags: fNoun},
	{typ: Sanction, pat: "imposed|imposes|impose|imposing|slapped|announced|unveiled|introduced|adopted|adopt|adopts|approved|approve|approves|extended|extend _4 sanctions|tariffs|tariff|embargo|levies|duties", base: 0.85},
	// withholding one's own aid reduces relations (PLOVER SANCTION)
	{typ: Sanction, pat: "paused|pauses|pause|suspended|suspends|froze|freezes|cut|cuts|withheld|withholds|stopped|halted|halts _3 aid|assistance|funding|arms|weapons|deliveries|shipments", base: 0.8},
	// expelling diplomats and closing missions reduce relations (CAMEO 16, PLOVER SANCTION)
	{typ: Sanction, pat: "expelled|expels|expel|expelling _3 diplomats|diplomat|ambassador|envoy|envoys|staff|officials|attache|attaches", base: 0.85},
	{typ: Sanction, pat: "diplomats|diplomat|ambassador|envoy|envoys|attache _2 was|were|been|be|being|are|is expelled", base: 0.8},
	{typ: Sanction, pat: "expulsion|expulsions of _3 diplomats|diplomat|ambassador|envoy|envoys|staff", base: 0.8},
	{typ: Sanction, pat: "closure|closing of _3 consulate|consulates|embassy|embassies|mission", base: 0.75, flags: fNoun},
	{typ: Sanction, pat: "sanctioned|blacklisted|froze|freezes|severed|suspended|suspends|downgraded", base: 0.65},

	// ASSAULT
	{typ: Assault, pat: "strike|strikes|struck|airstrike|airstrikes|bombing|bombed|bombarded|bombardment", mode: "aerial", base: 0.7},
	{typ: Assault, pat: "air strike|strikes|raid|raids", mode: "aerial", base: 0.75},
	{typ: Assault, pat: "drone|drones", mode: "drone", base: 0.4, flags: fNoun},
	{typ: Assault, pat: "drone attack|attacks|strike|strikes|assault", mode: "drone", base: 0.8},
	{typ: Assault, pat: "missile|missiles|rocket|rockets", mode: "missile", base: 0.4, flags: fNoun},
	{typ: Assault, pat: "missile|rocket attack|attacks|strike|strikes|barrage", mode: "missile", base: 0.8},
	{typ: Assault, pat: "shelled|shelling|shells|shell", mode: "shelling", base: 0.75},
	{typ: Assault, pat: "attacked|attack|attacks|attacking|assault|raid|raids|raided|offensive|invaded|invasion", mode: "ground", base: 0.65},
	{typ: Assault, pat: "explosion|explosions|blast|blasts|bomb|bombs", mode: "explosives", base: 0.5, flags: fNoun},
	{typ: Assault, pat: "fired|launched|launches|launch|fires _4 missiles|missile|drones|drone|rockets|rocket|shells|attack|attacks|strikes|strike|offensive|barrage", base: 0.85},

	// RETREAT
	{typ: Retreat, pat: "prisoner|prisoners|pow|pows|captive|detainee exchange|swap|exchanges|swaps|release", mode: "release", base: 0.8, flags: fNoun},
	{typ: Retreat, pat: "exchange|exchanges|swap|swapped|exchanged _2 of? prisoners|captives|pows|soldiers|bodies|detainees", mode: "release", base: 0.8},
	{typ: Retreat, pat: "handed|hands|hand|handing|returned|returns|return|returning back|over? _4 prisoners|prisoner|captives|captive|hostages|hostage|detainees|detainee|pows|soldiers|soldier|guard|guards|bodies|civilians|children|men|women|people|persons|sailors|crew", mode: "release", base: 0.8},
	{typ: Retreat, pat: "declared|declares|declare|declaring _4 ceasefire|truce", mode: "ceasefire", base: 0.8},
	{typ: Retreat, pat: "unilateral ceasefire|truce", mode: "ceasefire", base: 0.75, flags: fNoun},
	{typ: Retreat, pat: "scale|scaled|scales|scaling|wind|winds|winding|draw|drew|draws|drawing down|back", mode: "withdraw", base: 0.7},
	{typ: Retreat, pat: "released|releases|release|freed|frees", mode: "release", base: 0.6},
	{typ: Retreat, pat: "to free", mode: "release", base: 0.6},
	{typ: Retreat, pat: "withdrew|withdraw|withdraws|withdrawn|withdrawing|withdrawal|retreated|retreat|pulled|pull|pulls out|back", mode: "withdraw", base: 0.7},
	{typ: Retreat, pat: "withdrew|withdraw|withdraws|withdrawn|withdrawing|withdrawal|retreated", mode: "withdraw", base: 0.6},
	{typ: Retreat, pat: "ceasefire|truce took|takes|came|comes|went|go|goes into|in effect|force", mode: "ceasefire", base: 0.8},

	// SUPPORT
	{typ: Support, pat: "backed|backs|backing|endorsed|endorses|endorse|welcomed|welcomes|welcome|welcoming|supports|supported|praised|praises|hailed|hails|congratulated|thanked|recognised|recognized", base: 0.65},
	{typ: Support, pat: "support|backing for", base: 0.6, flags: fNoun},
	{typ: Support, pat: "condolences|sympathy|solidarity", base: 0.7, flags: fNoun},

	// AID
	{typ: Aid, pat: "aid|assistance|relief", base: 0.35, flags: fNoun},
	{typ: Aid, pat: "humanitarian|military|financial|economic aid|assistance|support|package", base: 0.75, flags: fNoun},
	{typ: Aid, pat: "delivered|delivers|deliver|provided|provides|provide|supplied|supplies|supply|sent|sends|donated|pledged|pledges|shipped|transferred|transfers|transfer|allocated|allocates _3 aid|weapons|arms|assistance|ammunition|system|systems|equipment|food|flour|fuel|medicine|medicines|funding|funds|loan|loans|shells|vaccines|tanks|jets|aircraft|howitzers|artillery|missiles|air|tranche|million|billion", base: 0.8},
	// "provide Ukraine with", "was supplied with"
	{typ: Aid, pat: "provided|provides|provide|supplied|supplies|supply|equipped|equips|equip _2 with", base: 0.75},
	{typ: Aid, pat: "airdropped|airdrops|airdrop|air-dropped|parachuted", base: 0.8},

	// COOPERATE
	{typ: Cooperate, pat: "cooperate|cooperated|cooperates|cooperating|co-operate|collaborate|collaborated|collaborating", base: 0.65},
	{typ: Cooperate, pat: "cooperation|partnership|collaboration", base: 0.45, flags: fNoun},
	{typ: Cooperate, pat: "working group|groups", base: 0.6, flags: fNoun},
	{typ: Cooperate, pat: "joint military|naval|air? exercise|exercises|drills|patrol|patrols|project|projects|venture|investigation|investigations|force|operation|operations|mission|missions|production|development|research|manufacturing|task", base: 0.65, flags: fNoun},
	{typ: Cooperate, pat: "intelligence|information|data sharing|exchange", base: 0.65, flags: fNoun},
	{typ: Cooperate, pat: "shared|shares|share|sharing|exchanged|exchange|exchanging intelligence", base: 0.7},
	{typ: Cooperate, pat: "coordinated|coordinates|coordinate|coordinating", base: 0.6, flags: fTwo},
	{typ: Cooperate, pat: "coordination|cooperation mechanism|mechanisms|centre|center|cell", base: 0.65, flags: fNoun},
	{typ: Cooperate, pat: "worked|work|works|working together|jointly|closely|alongside", base: 0.7, flags: fTwo},
	{typ: Cooperate, pat: "fought|fight|fights|fighting|serving|served|operating alongside", base: 0.7, flags: fTwo},
	{typ: Cooperate, pat: "jointly produce|produced|produces|develop|developed|develops|build|built|manufacture|manufactured|operate|operated|patrol|patrolled|investigate|investigated|conduct|conducted|run|fight|fought", base: 0.65, flags: fTwo},

	// CONCEDE
	{typ: Concede, pat: "conceded|concedes|concede|relented", base: 0.75},
	{typ: Concede, pat: "dropped|drops|abandoned|abandons|withdrew|softened|eased _2 its|their|his|her? demand|demands|claim|claims|opposition|objection|objections|condition|conditions", base: 0.85},
	{typ: Concede, pat: "backed|backs down", base: 0.8},
	{typ: Concede, pat: "agreed|agrees|agree to withdraw|pull|release|lift|ease|return|hand", base: 0.85},
	{typ: Concede, pat: "lifted|lifts|lift|lifting|eased|eases|ease|easing|relaxed|relaxes|suspended|suspends|removed|removes|waived|waives|scrapped|unfroze|unfreezes _3 sanctions|restrictions|blockade|tariffs|tariff|embargo|ban|curbs|siege", base: 0.8},
	// letting in aid or inspectors after refusing is easing a position
	{typ: Concede, pat: "allowed|allows|allow|allowing|permitted|permits|let|reopened|reopens _4 aid|trucks|convoys|inspectors|inspections|monitors|observers|access|deliveries|crossing|crossings", base: 0.75},
	{typ: Concede, pat: "apologised|apologized|apologises|apologizes|apologise|apologize|apologising|apologizing", base: 0.75},
	{typ: Concede, pat: "admitted|admits|admit|admitting", base: 0.6},

	// PROTEST
	{typ: Protest, pat: "protest|protests|protesters|protestors|rally|rallies|demonstration|demonstrations|demonstrators|march|marches", base: 0.6, flags: fNoun},
	{typ: Protest, pat: "protested|protesting|rallied|rallying|marched|marching|demonstrated|demonstrating", base: 0.6},
	{typ: Protest, pat: "march|protest|demonstrate", base: 0.62, flags: fAfterTo},

	// MOBILIZE
	{typ: Mobilize, pat: "mobilization|mobilisation|mobilized|mobilised|mobilize|mobilise|mobilizing|mobilising", base: 0.7},
	{typ: Mobilize, pat: "deployed|deploys|deploy|deploying|massed|massing|amassed|moved|station|stations|stationed|stationing|sent|sends _3 troops|forces|soldiers|warships|warship|battalions|battalion|units|brigades|brigade|tanks|jets|bombers|aircraft|carrier|destroyers|submarines|marines|reservists|reinforcements|missiles|ships", base: 0.8},
	{typ: Mobilize, pat: "launched|launches|began|begins|started|starts|staged|stages|held|holds|conducted|conducts _3 drills|exercises|manoeuvres|maneuvers|wargames", base: 0.75},
	{typ: Mobilize, pat: "put|puts|placed|places|raised|raises _4 on? high|full|combat|heightened|maximum alert|readiness", base: 0.8},
	{typ: Mobilize, pat: "troop|military buildup|build-up|build", base: 0.6, flags: fNoun},
	{typ: Mobilize, pat: "high|combat alert|readiness", base: 0.55, flags: fNoun},

	// COERCE
	{typ: Coerce, pat: "seized|seizes|seize|seizing|arrested|arrests|arrest|detained|detains|detain|confiscated|deported|jailed|captured|captures", base: 0.65},
	{typ: Coerce, pat: "banned|bans|outlawed|outlaws|prohibited|prohibits|censored", base: 0.6},
	// curbing communication and civil liberties
	{typ: Coerce, pat: "restricted|restricts|restricting|curbed|curbs|throttled|blocked|blocks _3 calls|access|internet|media|websites|messaging|messengers|apps|platforms|gatherings|protests|rallies|freedom|press|speech|movement", base: 0.7},
	// blocking what enters a territory (aid, goods) is coercion of those inside it
	{typ: Coerce, pat: "halted|halts|blocked|blocks|blocking|stopped _2 entry|passage|flow of", base: 0.75},
	{typ: Coerce, pat: "blockade|blockaded|blockading", base: 0.6},
	{typ: Coerce, pat: "closed|closes|shut _2 border|borders|airspace|crossing|crossings|embassy", base: 0.7},
}
