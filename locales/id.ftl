# Hubungan: the interface in Indonesian. Only words here: the code adds markup (bold, code,
# links) through the { $variables }, and escapes everything written here.

## Values

money-trillion = triliun
money-billion = miliar
money-million = juta
list-and = dan
event-meeting = Pertemuan
event-visit = Kunjungan
event-call = Pembicaraan telepon
event-signing = Penandatanganan
event-sanction = Sanksi
event-expulsion = Pengusiran
event-protest = Protes
event-statement = Pernyataan
event-report = Diberitakan
event-planned = { $event } (rencana)
tone-word-cooperation = kerja sama
tone-word-conflict = konflik
tone-word-mixed = campuran
tone-word-neutral = netral
tone-cooperation = kerja sama
tone-conflict = konflik
tone-mixed = campuran: kerja sama dan ketegangan
tone-neutral = netral
count-articles = { $articles } artikel
count-stories = { $stories } cerita
count-stories-articles = { $stories } cerita, { $articles } artikel

## Fact sheet

section-events = Peristiwa terbaru
section-figures = Angka
section-sectors = Sektor
section-agreements = Kesepakatan
section-summary = Ringkasan
section-sources = Sumber
source-unknown = Sumber tak dikenal
source-also = { $line }; juga { $outlets }
sheet-tone = Nada hubungan: { $tone } · { $counts }
sheet-trend = Perkembangan: { $trend }
sheet-shortened = (dipersingkat)
sheet-ignored = Satu lembar fakta untuk dua negara; { $names } tidak disertakan.
more-button = Selengkapnya ▼

## Examples (commands shown in replies)

example-relations = /relations Malaysia Rusia
example-relations-alias = /hubungan Indonesia Kazakhstan
example-relations-single = /relations Rusia
example-country = /country Rusia
example-country-alias = /negara Indonesia
example-country-alias-ru = /negara Rusia
example-pair = /hubungan Tiongkok Kirgistan
example-latest = /terbaru
example-latest-country = /terbaru Malaysia
example-search = /cari perdagangan sawit
example-article = /artikel 2
example-group = /relations@namabot Malaysia Rusia

## Messages

usage =
    Tulis dua nama negara, misalnya:
    { $example }
    { $alias }

    Satu nama negara saja ({ $single }) menampilkan mitra-mitranya.
country-usage = Tulis nama negara, misalnya { $example } atau { $alias }: saya tampilkan mitra-mitranya dalam berita.
welcome-try = Coba:
welcome-question = apa hubungan Malaysia dan Rusia?
welcome =
    Halo! Saya { $name }: saya menjawab pertanyaan tentang hubungan antarnegara dari berita Indonesia.

    Untuk setiap pasangan negara saya kirim lembar fakta singkat: pertemuan terakhir dengan tanggal dan tempatnya, angka perdagangan dan investasi dengan tahunnya, sektor dan kesepakatan, nada hubungan, dan sumber bernomor untuk setiap fakta.

    { $try }
    { $example }
    { $pair }
    { $country } (mitra-mitra Rusia, dengan tombol)
    { $latest } atau { $latestCountry } (artikel terbaru)
    { $search } (cari di semua artikel; { $article } membaca artikel nomor 2)
    { $subscribe } (kabar setiap ada berita baru; { $subscriptions } menampilkan daftarnya)

    Di obrolan pribadi cukup tulis pertanyaannya, misalnya { $question }
    Di grup, tambahkan nama bot: { $group }.
    Bahasa antarmuka: { $langEn } (English) atau { $langId } (Bahasa Indonesia).
unknown-country = Saya tidak mengenal negara “{ $name }”.
unknown-suggest = Mungkin maksud Anda: { $names }?
example = Contoh: { $example }
partner-last-event = , terakhir: { $event } { $date }
partner-last-news = , berita terakhir { $date }
partners-none =
    Belum ada artikel tentang hubungan { $name } dengan negara lain.

    Coba pasangan lain, misalnya { $example }
partners =
    🌐 Mitra { $name } dalam berita:
    { $list }

    Pilih mitra untuk lembar faktanya, atau tulis { $example }
no-tie =
    Belum ada artikel yang membahas hubungan { $a } dan { $b }.

    Lihat mitra masing-masing: { $exampleA } atau { $exampleB }
latest-none = Belum ada artikel di arsip.
latest-none-about = Belum ada artikel tentang { $name } di arsip.
latest = 📰 Artikel terbaru:
    { $lines }
latest-about = 📰 Artikel terbaru tentang { $name }:
    { $lines }
expired = Pesan ini sudah kedaluwarsa. Silakan tanya lagi.
internal-error = Maaf, terjadi kesalahan saat menyiapkan jawaban. Coba lagi sebentar lagi.

## /lang

language-id = Bahasa Indonesia
language-en = English
lang-current =
    Bahasa obrolan ini: { $language }.
    Untuk menggantinya:
    { $choices }
lang-unknown =
    Saya tidak mengenal bahasa “{ $given }”. Pilih salah satu:
    { $choices }
lang-set = Baik, mulai sekarang saya menjawab dalam { $language }.

## Command menus (each language's menu lists its own commands; both work everywhere)

menu-hubungan = Lembar fakta hubungan dua negara, mis. /hubungan Malaysia Rusia
menu-negara = Mitra sebuah negara dalam berita, mis. /negara Rusia
menu-terbaru = Artikel terbaru, semua atau satu negara
menu-linimasa = Grafik berita dua negara per bulan, mis. /linimasa Malaysia Rusia
menu-cari = Cari artikel, mis. /cari perdagangan sawit
menu-artikel = Baca artikel tersimpan menurut nomornya, mis. /artikel 2
menu-bahasa = Bahasa antarmuka: /bahasa id atau /bahasa en
menu-relations = Lembar fakta hubungan dua negara, mis. /relations Malaysia Rusia
menu-country = Mitra sebuah negara dalam berita, mis. /country Rusia
menu-latest = Artikel terbaru, semua atau satu negara
menu-timeline = Grafik berita dua negara per bulan, mis. /timeline Malaysia Rusia
menu-search = Cari artikel, mis. /search perdagangan sawit
menu-article = Baca artikel tersimpan menurut nomornya, mis. /article 2
menu-lang = Bahasa antarmuka: /lang id atau /lang en
menu-help = Cara memakai bot ini

## /timeline

timeline-title = Linimasa { $pair }
timeline-caption = { $title }: { $stories }, { $range }. Nada: { $tone }.
timeline-events = Peristiwa: { $events }.
timeline-left = { $stories } cerita tanpa bulan terbit atau lebih lama tidak digambar.
timeline-ignored = Satu linimasa untuk dua negara; { $names } tidak disertakan.
timeline-caption-cut = (keterangan dipotong)
timeline-file = linimasa.png
chart-subtitle = Cerita per bulan; warna batang menurut nada pemberitaan
chart-month = Bulan
chart-stories = Jumlah cerita
chart-tone = Nada
chart-events = Peristiwa
chart-happened = terjadi
chart-planned = rencana
example-timeline = /timeline Malaysia Rusia
example-timeline-alias = /linimasa Tiongkok Kirgistan
timeline-usage =
    Tulis dua nama negara untuk grafik pemberitaan hubungan keduanya per bulan, misalnya:
    { $example }
    { $alias }
timeline-no-tie =
    Belum ada artikel yang membahas hubungan { $a } dan { $b }, jadi belum ada linimasa untuk digambar.

    Lihat mitra masing-masing: { $exampleA } atau { $exampleB }
timeline-undated =
    Ada { $stories } cerita tentang hubungan { $a } dan { $b }, tetapi bulan terbitnya tidak diketahui, jadi belum ada linimasa untuk digambar.

    Lembar faktanya: { $example }

## Inline mode

inline-open = Buka di Hubungan
inline-start-button = Buka Hubungan
inline-no-articles = Belum ada artikel
inline-latest-event = Peristiwa terbaru
inline-key-figure = Angka kunci
inline-card-title = { $label }: { $names }

## /search and /article

search-usage =
    Tulis kata yang dicari, misalnya:
    { $example }
    { $alias }

    Saya mencari di judul dan teras berita (paragraf pembuka) semua artikel yang tersimpan, juga bentuk lain kata yang sama ({ $stem } menemukan { $word }).
search-none =
    Tidak ada artikel yang cocok dengan “{ $query }”.

    Coba kata lain, lebih sedikit kata, atau bentuk dasarnya, misalnya { $example } untuk { $word }.
search-warming = Indeks pencarian sedang disusun ulang setelah bot dinyalakan ({ $percent }%). Coba lagi sebentar lagi; { $relations } sudah bisa dipakai.
search-example = /cari perdagangan sawit
search-example-alias = /search Putin
search-example-stem = /cari dagang
search-stem = dagang
search-word = perdagangan
search-head = 🔎 Hasil pencarian “{ $query }”: { $articles }
page-of = halaman { $page }/{ $pages }
article-authors = Penulis: { $authors }
article-continued = { $title } (lanjutan)
example-article-one = /artikel 1
example-search-word = /cari kata
article-usage = Tulis nomor artikel, misalnya { $example }. Cari artikel dengan { $search }: setiap hasil punya tombol untuk membukanya.
article-bad-id = “{ $given }” bukan nomor artikel. Nomor artikel adalah bilangan bulat positif, misalnya { $example }.
article-not-found = Artikel nomor { $id } tidak ada di arsip. Cari artikel dengan { $search }.
expired-button = Pesan ini sudah kedaluwarsa, silakan cari lagi.

## Alerts (sent when a new article matches a chat's subscription)

alert-following = Anda mengikuti { $target }
alert-sources = Sumber: { $sources }
digest-title = 🗞 Ringkasan harian: { $count } cerita baru
digest-more = …dan { $count } cerita lain. Lihat /terbaru.
feed-failing = ⚠️ Feed { $url } gagal { $failures } kali berturut-turut ({ $error }). Bot akan mencoba lagi dengan jeda yang makin panjang.
feed-recovered = ✅ Feed { $url } berfungsi lagi.

## Subscriptions: /subscribe, /unsubscribe, /subscriptions, /digest (and /feeds for the bot's admins)

example-subscribe-country = /ikuti Malaysia
example-subscribe-pair = /ikuti Malaysia Rusia
example-subscribe-keyword = /ikuti "minyak sawit"
example-keyword = minyak sawit
example-subscribe-any = /ikuti { $target }
example-unsubscribe-any = /berhenti { $target }
example-subscriptions = /langganan
example-digest = /ringkasan
example-digest-daily = /ringkasan harian
example-digest-off = /ringkasan mati
sub-pair = { $a } – { $b }
sub-keyword = «{ $keyword }»
sub-usage =
    Ikuti berita: saya kirim pesan setiap ada cerita baru. Misalnya:
    { $country } (satu negara)
    { $pair } (hubungan dua negara)
    { $keyword } (kata kunci: tulis di antara tanda kutip)

    Yang diikuti obrolan ini, dengan tombol untuk menghapus: { $list }
    Satu pesan sehari, bukan satu per cerita: { $daily }
sub-added =
    ✅ Obrolan ini sekarang mengikuti { $target }.
    { $delivery }
sub-delivery-each = Saya kirim satu pesan untuk setiap cerita baru. Untuk satu pesan sehari: { $daily }
sub-delivery-daily = Cerita baru dikirim dalam ringkasan harian pukul 07.00 WIB. Untuk satu pesan per cerita: { $off }
sub-exists = Obrolan ini sudah mengikuti { $target }. Semua yang diikuti: { $list }
sub-full = Obrolan ini sudah mengikuti { $max } hal, batas terbanyak. Hapus beberapa dulu: { $list }
sub-unknown-keyword = Kata kunci, bukan negara, ditulis di antara tanda kutip: { $example }
sub-too-many = Satu langganan untuk satu negara atau sepasang negara, bukan { $count } ({ $names }). Misalnya { $example }
sub-keyword-length = Kata kunci harus { $min } sampai { $max } karakter, di antara tanda kutip, misalnya { $example }
sub-removed = Obrolan ini tidak lagi mengikuti { $target }.
sub-not-following = Obrolan ini memang tidak mengikuti { $target }. Yang diikuti: { $list }
sub-list-empty =
    Obrolan ini belum mengikuti apa pun. Ikuti negara, pasangan negara, atau kata kunci di antara tanda kutip:
    { $country }
    { $pair }
    { $keyword }
sub-list-head = 📋 Yang diikuti obrolan ini ({ $count }/{ $max }):
sub-list-countries = Negara
sub-list-pairs = Pasangan negara
sub-list-keywords = Kata kunci
sub-list-mode-each = Pemberitahuan: satu pesan per cerita baru. Untuk ringkasan harian: { $daily }
sub-list-mode-daily = Pemberitahuan: ringkasan harian pukul 07.00 WIB. Untuk satu pesan per cerita: { $off }
sub-list-remove = Tekan ✖ untuk berhenti mengikuti.
sub-list-cut = (daftar dipotong)
sub-remove-button = ✖ { $label }
sub-removed-notice = Dihapus: { $target }
sub-already-removed = Langganan itu sudah dihapus.
sub-admins-only = Hanya admin grup ini yang dapat mengubah langganan dan ringkasannya. Semua anggota dapat melihat daftarnya: { $list }
sub-admins-only-button = Hanya admin grup ini yang dapat mengubah langganannya.
digest-current-each =
    Obrolan ini menerima satu pesan untuk setiap cerita baru tentang yang diikutinya.
    Untuk satu pesan sehari pukul 07.00 WIB: { $daily }
digest-current-daily =
    Obrolan ini menerima ringkasan harian pukul 07.00 WIB berisi cerita baru tentang yang diikutinya.
    Untuk satu pesan per cerita: { $off }
digest-set-daily = ✅ Ringkasan harian aktif: cerita baru tentang yang diikuti obrolan ini dikirim dalam satu pesan sehari pukul 07.00 WIB. Kembali ke satu pesan per cerita: { $off }
digest-set-off = Ringkasan harian mati: saya kirim satu pesan untuk setiap cerita baru begitu ada. Untuk satu pesan sehari lagi: { $daily }
digest-unknown = Saya tidak mengenal “{ $given }”. Pilih { $daily } atau { $off }.
menu-ikuti = Ikuti negara, pasangan negara, atau "kata kunci", mis. /ikuti Malaysia
menu-berhenti = Berhenti mengikuti, mis. /berhenti Malaysia
menu-langganan = Yang diikuti obrolan ini, dengan tombol hapus
menu-ringkasan = Ringkasan harian: /ringkasan harian atau /ringkasan mati
menu-subscribe = Ikuti negara, pasangan negara, atau "kata kunci", mis. /subscribe Malaysia
menu-unsubscribe = Berhenti mengikuti, mis. /unsubscribe Malaysia
menu-subscriptions = Yang diikuti obrolan ini, dengan tombol hapus
menu-digest = Ringkasan harian: /digest daily atau /digest off
feeds-admins-only = Hanya admin bot yang dapat mengelola feed.
example-feeds = /feeds
example-feeds-add = /feeds tambah https://example.com/rss
example-feeds-remove = /feeds hapus https://example.com/rss
feeds-usage =
    Feed, untuk admin bot:
    { $list } menampilkan daftarnya
    { $add } menambah satu
    { $remove } menghapus satu
feeds-empty = Belum ada feed. Tambahkan satu: { $add }
feeds-head = 📡 Feed ({ $count }):
feeds-origin-config = dari FEEDS
feeds-origin-admin = ditambahkan admin
feeds-last-ok = terakhir diambil { $time }
feeds-never = belum pernah diambil
feeds-failing = ⚠️ gagal { $failures } kali berturut-turut: { $error }
feeds-cut = (daftar dipotong)
feeds-added = ✅ { $url } ditambahkan. Feed ini segera diambil.
feeds-exists = { $url } sudah ada di daftar feed.
feeds-removed = { $url } dihapus.
feeds-not-found = { $url } tidak ada di daftar feed. Lihat daftarnya: { $list }
feeds-invalid = “{ $given }” bukan alamat http(s). Misalnya { $example }
feeds-config = { $url } berasal dari pengaturan FEEDS: hapus di sana lalu mulai ulang bot, bukan lewat perintah.
