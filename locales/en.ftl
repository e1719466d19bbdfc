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

    I search the titles and text of all stored articles, in Indonesian, including other forms of the same word ({ $stem } finds { $word }).
search-none =
    No article matches “{ $query }”.

    Try other words, fewer words, or their root form, for example { $example } for { $word }.
# The articles are in Indonesian, so the search examples are too.
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
