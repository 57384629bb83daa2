package text

import "strings"

// stopwords holds the commonest function words of English and of the other
// languages our sources write in. Running prose is dense in them; menus,
// headline lists and tag clouds are not, which is the core jusText signal.
var stopwords = setOf(strings.Fields(`
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves said says told according since however though although
while whether also still yet even may might must shall us one two three new last first year years
week day many much well like around against among within without
der die das und ist nicht ein eine einen einem einer den dem des mit von zu im auf für sich auch
als bei nach wie aber wird werden hat haben sind war noch nur oder wenn über vor aus so dass um es
ich er sie wir ihr man kann können muss soll sein seine ihre ihren zum zur vom am ins durch gegen
ohne unter zwischen schon sehr mehr immer wieder dann doch jetzt hier dort was wer wo wurde wurden
le la les un une des du de et est que qui dans pour pas sur au aux avec ce ces il elle ils ont
été plus par ne se sont son sa ses leur leurs mais ou où comme aussi nous vous je tu on cette
cet y en été être avoir fait sans sous entre très tout tous toute toutes dont même bien peu
el los las una unos unas del y en que por con para es su sus al lo se como más pero fue ha han
le les este esta estos estas ese esa eso muy sin sobre entre cuando también hay ser son era
desde hasta donde quien porque ya yo él ella ellos nos mi tu le han sido está están todo todos
il lo gli uno della delle dei che non per nel nella sono da ma anche come più di del al alla
alle degli si ci ne io tu lui lei noi voi loro questo questa questi quello quella molto tutto
tutti è era erano essere ha hanno stato stata sul sulla dalla dal dai nei con tra fra ed se
o os as um uma do da dos das em no na nos nas que com por para não mais foi ao aos pelo pela
é são ser ter tem seu sua seus suas ele ela eles elas isso este esta esse essa muito também
já quando onde como mas sem sobre entre até depois ainda há
het een van en is dat op te zijn niet met voor aan er maar ook als bij de die dit wat hij zij
we ze was werd worden heeft hebben naar uit om tot door over nog wel geen
och att det som en på är av för med till den har de inte om ett men var jag sig från
и в не на что с по как это он она они но к из за от у для о же так его ее все был была было были
а бы вы мы я ты то уже или еще при до после только когда где если чем также этот эта эти
і та що це як від до для але його її він вона вони був була було були й у з на не по за
`)...)

// furniturePhrases are the words of web boilerplate in several languages. A
// short line that contains one is site furniture; long prose that merely
// mentions one is not (the caller checks the length).
var furniturePhrases = []string{
	"advertisement", "advert", "advertising", "sponsored", "subscribe", "subscription", "newsletter", "sign in",
	"sign up", "log in", "login", "log out", "register", "create account", "my account", "share this",
	"share on", "share article", "share via", "tweet", "whatsapp", "pinterest", "linkedin", "facebook",
	"twitter", "instagram", "telegram", "youtube", "rss", "cookie", "cookies", "privacy", "terms of use",
	"terms of service", "terms & conditions", "terms and conditions", "all rights reserved", "copyright",
	"read more", "read also", "read next", "see also", "related", "recommended", "most popular",
	"most read", "most viewed", "trending", "latest news", "top stories", "more stories", "you may also like",
	"you might also like", "also read", "don't miss", "more from", "more on this", "follow us", "connect with us",
	"contact us", "about us", "leave a reply", "leave a comment", "post a comment", "comments", "comment",
	"required fields", "email address will not be published", "click here", "load more", "show more",
	"view all", "see all", "all news", "back to top", "skip to", "menu", "search", "home page", "homepage",
	"download the app", "get the app", "support us", "donate", "patreon", "become a member", "membership",
	"inputs from agencies", "editor's pick", "editors' picks", "podcast", "watch live", "live tv",
	"print", "email this", "reprints", "permissions", "feedback", "disclaimer", "sitemap", "site map",
	"careers", "jobs", "partner content", "paid content", "promoted", "continue reading", "full story",
	"werbung", "anzeige", "abonnieren", "datenschutz", "impressum", "weiterlesen", "mehr zum thema",
	"publicité", "abonnez", "s'abonner", "lire aussi", "lire la suite", "mentions légales", "à lire",
	"publicidad", "suscríbete", "leer más", "lee también", "aviso legal", "pubblicità", "leggi anche",
	"реклама", "подписаться", "читайте также", "читать далее", "реклама:", "підписатися", "читайте також",
}

// noticePhrases mark site notices that run as long as prose: cookie and
// consent banners, comment-form rules, paywall and subscription pitches.
var noticePhrases = []string{
	"this website uses cookies", "this site uses cookies", "we use cookies", "use of cookies", "uses cookies",
	"cookie policy", "cookie settings", "accept cookies", "accept all", "consent to the use",
	"by continuing to use", "by continuing to browse", "by using this site", "by using this website",
	"your email address will not be published", "required fields are marked", "all rights reserved",
	"subscribe to our newsletter", "sign up for our newsletter", "to continue reading", "already a subscriber",
	"utilizziamo i cookie", "nous utilisons des cookies", "utilizamos cookies", "wir verwenden cookies",
	"activation link", "successfully subscribed", "thank you for subscribing", "thanks for subscribing",
	"thanks for signing up", "you have been subscribed", "registered trademark", "trademarks of", "этот сайт использует", "ad blocker", "adblocker", "disable your ad",
}

// commentHeaders open the readers' comments, in several languages.
var commentHeaders = []string{
	"comment", "comments", "leave a reply", "replies", "responses", "kommentare", "kommentar",
	"commentaire", "commentaires", "comentarios", "comentários", "commenti", "комментарии",
	"комментариев", "коментарі", "коментарів",
}

// captionMarks betray a photo caption or credit wherever they stand in a line.
var captionMarks = []string{
	"getty images", "stock photo", "file photo", "photo:", "photos:", "photo by", "photo credit",
	"photograph:", "image:", "image credit", "image source", "picture:", "pictured:", "credit:",
	"illustration:", "/afp", "afp photo", "ap photo", "/ap", "reuters/", "/reuters", "epa/", "/epa",
	"shutterstock", "alamy", "istock", "ai-generated", "generated by ai", "fictional representation",
	"for illustrative purposes", "image courtesy", "photo courtesy", "(photo", "[photo", "foto:",
	"фото:", "фото ", "bildquelle", "© ",
}

// bylineMarks start or fill the author/date line under a headline.
var bylineMarks = []string{
	"by ", "updated:", "updated ", "published:", "published ", "posted:", "posted ", "created:",
	"last updated", "min read", "minute read", "written by", "reporter", "correspondent", "news desk",
	"staff writer", "von ", "par ", "por ", "автор",
}

// bioMarks are how an author biography introduces its subject.
var bioMarks = []string{
	"about the author", "he is a", "she is a", "they are a", "he writes", "she writes", "is a freelance",
	"is a journalist", "is a writer", "is a reporter", "is a senior", "is a staff", "is an editor",
	"is a correspondent", "is a contributor", "is a comprehensive", "follow him on", "follow her on",
}

// monthWords and dayWords let byline and date detection work without a date
// parser.
var monthWords = setOf("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
	"dec", "january", "february", "march", "april", "june", "july", "august", "september", "october",
	"november", "december")

var dayWords = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "wed", "thu", "fri", "sat", "sun", "today", "yesterday", "ago")
