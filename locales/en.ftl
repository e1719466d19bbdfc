# Hubungan: the interface in English. Only words here: the code adds markup (bold, code,
# links) through the { $variables }, and escapes everything written here.

## Values

money-trillion = trillion
money-billion = billion
money-million = million
list-and = and
event-meeting = Meeting
event-visit = Visit
event-call = Phone call
event-signing = Signing
event-sanction = Sanctions
event-expulsion = Expulsion
event-protest = Protest
event-statement = Statement
event-report = Reported
event-planned = { $event } (planned)
tone-word-cooperation = cooperation
tone-word-conflict = conflict
tone-word-mixed = mixed
tone-word-neutral = neutral
tone-cooperation = cooperation
tone-conflict = conflict
tone-mixed = mixed: cooperation and tension
tone-neutral = neutral
count-articles = { $articles ->
    [one] { $articles } article
   *[other] { $articles } articles
}
count-stories = { $stories ->
    [one] { $stories } story
   *[other] { $stories } stories
}
count-stories-articles = { $stories ->
    [one] { $stories } story
   *[other] { $stories } stories
}, { $articles ->
    [one] { $articles } article
   *[other] { $articles } articles
}

## Fact sheet

section-events = Latest events
section-figures = Figures
section-sectors = Sectors
section-agreements = Agreements
section-summary = Summary
section-sources = Sources
source-unknown = Unknown source
source-also = { $line }; also { $outlets }
sheet-tone = Tone of the ties: { $tone } · { $counts }
sheet-trend = Trend: { $trend }
sheet-shortened = (shortened)
sheet-ignored = One fact sheet is for two countries; { $names } left out.
more-button = More ▼

## Examples (commands shown in replies)

example-relations = /relations Malaysia Russia
example-relations-alias = /hubungan Indonesia Kazakhstan
example-relations-single = /relations Russia
example-country = /country Russia
example-country-alias = /negara Indonesia
example-country-alias-ru = /country Russia
example-pair = /relations China Kyrgyzstan
example-latest = /latest
example-latest-country = /latest Malaysia
example-search = /search Putin
example-article = /article 2
example-group = /relations@botname Malaysia Russia

## Messages

usage =
    Write two country names, for example:
    { $example }
    { $alias }

    A single country name ({ $single }) lists its partners.
country-usage = Write a country name, for example { $example } or { $alias }: I list its partners in the news.
welcome-try = Try:
welcome-question = what are the ties between Malaysia and Russia?
welcome =
    Hello! I am { $name }: I answer questions about the ties between countries from Indonesian news.

    For each pair of countries I send a short fact sheet: the latest meeting with its date and place, trade and investment figures with their years, sectors and agreements, the tone of the ties, and a numbered source for every fact.

    { $try }
    { $example }
    { $pair }
    { $country } (Russia's partners, with buttons)
    { $latest } or { $latestCountry } (the newest articles)
    { $search } (search all articles; { $article } reads article number 2)
    { $subscribe } (an alert for each new story; { $subscriptions } lists them)

    In a private chat just write the question, for example { $question }
    In a group, add the bot's name: { $group }.
    Interface language: { $langId } (Bahasa Indonesia) or { $langEn } (English).
unknown-country = I do not know the country “{ $name }”.
unknown-suggest = Did you mean: { $names }?
example = Example: { $example }
partner-last-event = , latest: { $event } { $date }
partner-last-news = , latest news { $date }
partners-none =
    There are no articles yet on the ties between { $name } and other countries.

    Try another pair, for example { $example }
partners =
    🌐 { $name }'s partners in the news:
    { $list }

    Choose a partner for its fact sheet, or write { $example }
no-tie =
    There are no articles yet on the ties between { $a } and { $b }.

    See each one's partners: { $exampleA } or { $exampleB }
latest-none = There are no articles in the archive yet.
latest-none-about = There are no articles about { $name } in the archive yet.
latest = 📰 The newest articles:
    { $lines }
latest-about = 📰 The newest articles about { $name }:
    { $lines }
expired = This message has expired. Please ask again.
internal-error = Sorry, something went wrong while preparing the answer. Please try again shortly.

## /lang

language-id = Bahasa Indonesia
language-en = English
lang-current =
    This chat's language: { $language }.
    To change it:
    { $choices }
lang-unknown =
    I do not know the language “{ $given }”. Choose one:
    { $choices }
lang-set = OK, from now on I answer in { $language }.

## Command menus (each language's menu lists its own commands; both work everywhere)

menu-hubungan = Fact sheet on two countries' ties, e.g. /hubungan Malaysia Russia
menu-negara = A country's partners in the news, e.g. /negara Russia
menu-terbaru = The newest articles, overall or for a country
menu-linimasa = Two countries' news per month as a chart, e.g. /linimasa Malaysia Russia
menu-cari = Search the stored articles, e.g. /cari palm oil
menu-artikel = Read a stored article by its number, e.g. /artikel 2
menu-bahasa = Interface language: /bahasa id or /bahasa en
menu-relations = Fact sheet on two countries' ties, e.g. /relations Malaysia Russia
menu-country = A country's partners in the news, e.g. /country Russia
menu-latest = The newest articles, overall or for a country
menu-timeline = Two countries' news per month as a chart, e.g. /timeline Malaysia Russia
menu-search = Search the stored articles, e.g. /search palm oil
menu-article = Read a stored article by its number, e.g. /article 2
menu-lang = Interface language: /lang id or /lang en
menu-help = How to use this bot

## /timeline

timeline-title = Timeline { $pair }
timeline-caption = { $title }: { $stories }, { $range }. Tone: { $tone }.
timeline-events = Events: { $events }.
timeline-left = { $stories ->
    [one] { $stories } story without a publication month, or older, is not drawn.
   *[other] { $stories } stories without a publication month, or older, are not drawn.
}
timeline-ignored = One timeline is for two countries; { $names } left out.
timeline-caption-cut = (caption cut short)
timeline-file = timeline.png
chart-subtitle = Stories per month; bar colour by the tone of the coverage
chart-month = Month
chart-stories = Stories
chart-tone = Tone
chart-events = Events
chart-happened = happened
chart-planned = planned
example-timeline = /timeline Malaysia Russia
example-timeline-alias = /linimasa China Kyrgyzstan
timeline-usage =
    Write two country names for a chart of the news on their ties per month, for example:
    { $example }
    { $alias }
timeline-no-tie =
    There are no articles yet on the ties between { $a } and { $b }, so there is no timeline to draw.

    See each one's partners: { $exampleA } or { $exampleB }
timeline-undated =
    There { $stories ->
        [one] is { $stories } story
       *[other] are { $stories } stories
    } on the ties between { $a } and { $b }, but their publication months are unknown, so there is no timeline to draw.

    Their fact sheet: { $example }

## Inline mode

inline-open = Open in Hubungan
inline-start-button = Open Hubungan
inline-no-articles = No articles yet
inline-latest-event = Latest event
inline-key-figure = Key figure
inline-card-title = { $label }: { $names }

## /search and /article

search-usage =
    Write the words to look for, for example:
    { $example }
    { $alias }

    I search the headlines and opening paragraphs of all stored articles, in Indonesian, including other forms of the same word ({ $stem } finds { $word }).
search-none =
    No article matches “{ $query }”.

    Try other words, fewer words, or their root form, for example { $example } for { $word }.
# The articles are in Indonesian, so the search examples are too.
search-warming = The search index is being rebuilt after a restart ({ $percent }%). Please try again shortly; { $relations } works already.
search-example = /search perdagangan sawit
search-example-alias = /cari Putin
search-example-stem = /search dagang
search-stem = dagang
search-word = perdagangan
search-head = 🔎 Search results for “{ $query }”: { $articles }
page-of = page { $page }/{ $pages }
article-authors = Authors: { $authors }
article-continued = { $title } (continued)
example-article-one = /article 1
example-search-word = /search word
article-usage = Write an article's number, for example { $example }. Find articles with { $search }: each result has a button that opens it.
article-bad-id = “{ $given }” is not an article number. An article number is a positive whole number, for example { $example }.
article-not-found = There is no article number { $id } in the archive. Find articles with { $search }.
expired-button = This message has expired, please search again.

## Alerts (sent when a new article matches a chat's subscription)

alert-following = You follow { $target }
alert-sources = Sources: { $sources }
digest-title = 🗞 Daily digest: { $count } new stories
digest-more = …and { $count } more stories. See /latest.
feed-failing = ⚠️ Feed { $url } failed { $failures } times in a row ({ $error }). The bot keeps trying, waiting longer each time.
feed-recovered = ✅ Feed { $url } works again.

## Subscriptions: /subscribe, /unsubscribe, /subscriptions, /digest (and /feeds for the bot's admins)

example-subscribe-country = /subscribe Malaysia
example-subscribe-pair = /subscribe Malaysia Russia
example-subscribe-keyword = /subscribe "palm oil"
example-keyword = palm oil
example-subscribe-any = /subscribe { $target }
example-unsubscribe-any = /unsubscribe { $target }
example-subscriptions = /subscriptions
example-digest = /digest
example-digest-daily = /digest daily
example-digest-off = /digest off
sub-pair = { $a } – { $b }
sub-keyword = «{ $keyword }»
sub-usage =
    Follow the news: I send a message when a new story comes. For example:
    { $country } (a country)
    { $pair } (the ties between two countries)
    { $keyword } (a keyword: put it in quotes)

    What this chat follows, with buttons to remove: { $list }
    One message a day instead of one per story: { $daily }
sub-added =
    ✅ This chat now follows { $target }.
    { $delivery }
sub-delivery-each = I send one message for each new story. For one message a day instead: { $daily }
sub-delivery-daily = New stories come in the daily digest at 07:00 WIB. For one message per story instead: { $off }
sub-exists = This chat already follows { $target }. Everything it follows: { $list }
sub-full = This chat already follows { $max } things, the most there can be. Remove some first: { $list }
sub-unknown-keyword = A keyword, rather than a country, goes in quotes: { $example }
sub-too-many = A subscription is for one country or a pair of countries, not { $count } ({ $names }). For example { $example }
sub-keyword-length = A keyword must be { $min } to { $max } characters long, in quotes, for example { $example }
sub-removed = This chat no longer follows { $target }.
sub-not-following = This chat was not following { $target }. What it follows: { $list }
sub-list-empty =
    This chat does not follow anything yet. Follow a country, a pair, or a keyword in quotes:
    { $country }
    { $pair }
    { $keyword }
sub-list-head = 📋 What this chat follows ({ $count }/{ $max }):
sub-list-countries = Countries
sub-list-pairs = Pairs
sub-list-keywords = Keywords
sub-list-mode-each = Alerts: one message per new story. For a daily digest instead: { $daily }
sub-list-mode-daily = Alerts: a daily digest at 07:00 WIB. For one message per story instead: { $off }
sub-list-remove = Press ✖ to stop following one.
sub-list-cut = (list cut short)
sub-remove-button = ✖ { $label }
sub-removed-notice = Removed: { $target }
sub-already-removed = That one was already removed.
sub-admins-only = Only this group's administrators can change what it follows and its digest. Anyone can see the list: { $list }
sub-admins-only-button = Only this group's administrators can change what it follows.
digest-current-each =
    This chat gets one message for each new story about what it follows.
    For one message a day at 07:00 WIB instead: { $daily }
digest-current-daily =
    This chat gets a daily digest at 07:00 WIB of the new stories about what it follows.
    For one message per story instead: { $off }
digest-set-daily = ✅ Daily digest on: the new stories about what this chat follows come in one message a day at 07:00 WIB. Back to one message per story: { $off }
digest-set-off = Daily digest off: I send one message for each new story as it comes. For one a day again: { $daily }
digest-unknown = I do not know “{ $given }”. Choose { $daily } or { $off }.
menu-ikuti = Follow a country, a pair or a "keyword", e.g. /ikuti Malaysia
menu-berhenti = Stop following, e.g. /berhenti Malaysia
menu-langganan = What this chat follows, with buttons to remove
menu-ringkasan = Daily digest: /ringkasan harian or /ringkasan mati
menu-subscribe = Follow a country, a pair or a "keyword", e.g. /subscribe Malaysia
menu-unsubscribe = Stop following, e.g. /unsubscribe Malaysia
menu-subscriptions = What this chat follows, with buttons to remove
menu-digest = Daily digest: /digest daily or /digest off
feeds-admins-only = Only the bot's admins can manage feeds.
example-feeds = /feeds
example-feeds-add = /feeds add https://example.com/rss
example-feeds-remove = /feeds remove https://example.com/rss
feeds-usage =
    Feeds, for the bot's admins:
    { $list } lists them
    { $add } adds one
    { $remove } removes one
feeds-empty = There are no feeds yet. Add one: { $add }
feeds-head = 📡 Feeds ({ $count }):
feeds-origin-config = from FEEDS
feeds-origin-admin = added by an admin
feeds-last-ok = last fetched { $time }
feeds-never = not fetched yet
feeds-failing = ⚠️ failed { $failures } times in a row: { $error }
feeds-cut = (list cut short)
feeds-added = ✅ Added { $url }. It is fetched shortly.
feeds-exists = { $url } is already among the feeds.
feeds-removed = Removed { $url }.
feeds-not-found = { $url } is not among the feeds. See them: { $list }
feeds-invalid = “{ $given }” is not an http(s) address. For example { $example }
feeds-config = { $url } comes from the FEEDS setting: remove it there and restart the bot, not by command.
