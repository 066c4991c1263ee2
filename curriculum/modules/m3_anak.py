"""Module 3: preventing violence against children (forms, signs, first response, school teams)."""

from ..data import (
    Callout,
    Heading,
    Help,
    Module,
    Paragraph,
    Quiz,
    case_scenario,
    multiple,
    no,
    ok,
    scenario,
    single,
    true_false,
)
from ..markup import ol, p, t, ul

BLOCKS = (
    Heading("Setiap anak berhak merasa aman"),
    Callout(
        "tips",
        "Sebelum mulai: jaga diri Bapak/Ibu",
        p(
            """Modul ini membahas kekerasan terhadap anak, termasuk kekerasan seksual. Sebagian dari kita
            pernah mengalaminya sendiri semasa kecil atau dekat dengan anak yang mengalaminya. Jika bacaan ini
            terasa berat, berhentilah sejenak dan lanjutkan kapan saja. Layanan di akhir modul, seperti SAPA
            129
            dan UPTD PPA, terbuka juga untuk Bapak/Ibu sendiri."""
        ),
    ),
    Paragraph(
        p(
            """Survei Nasional Pengalaman Hidup Anak dan Remaja (SNPHAR) 2024 menemukan bahwa sekitar 1 dari 2
            anak di Indonesia pernah mengalami kekerasan. Angka ini mengingatkan kita bahwa anak yang pernah
            mengalami kekerasan bukan hal yang jauh: mereka duduk di kelas kita dan bermain di lingkungan
            kita.""",
            """Guru serta aparatur kecamatan dan kelurahan adalah orang dewasa yang dikenal dan dipercaya
            anak di
            luar rumah. Karena itu, Bapak/Ibu sering menjadi orang pertama yang melihat perubahan pada anak,
            atau orang pertama yang mendengar ceritanya. Modul ini membantu Bapak/Ibu mengenali kekerasan,
            menanggapi anak dengan aman, dan tahu peran sekolah.""",
        )
    ),
    Heading("Siapa yang disebut anak"),
    Paragraph(
        p(
            """Menurut Undang-Undang Nomor 35 Tahun 2014 tentang Perubahan atas UU Perlindungan Anak, anak
            adalah <b>setiap orang yang belum berusia 18 tahun, termasuk anak yang masih dalam kandungan</b>.
            Jadi, siswa kelas XII yang berusia 17 tahun masih anak, dan tetap dilindungi sebagai anak.""",
            """Di sekolah, anak wajib dilindungi dari kekerasan, baik yang dilakukan oleh guru, tenaga
            kependidikan, maupun sesama siswa (Pasal 54). Sekolah bukan hanya tempat belajar; sekolah harus
            menjadi tempat yang aman.""",
        )
    ),
    Heading("Bentuk kekerasan terhadap anak"),
    Paragraph(
        ul(
            """<b>Kekerasan fisik</b>: memukul, menendang, mencubit, atau menyakiti tubuh anak dengan cara
            lain,
            termasuk dengan alasan mendisiplinkan.""",
            """<b>Kekerasan psikis</b>: membentak terus-menerus, menghina, mempermalukan di depan kelas,
            mengancam, atau mengucilkan. Termasuk di sini <b>perundungan</b> (<i>bullying</i>), yaitu ejekan,
            ancaman,
            atau pengucilan yang dilakukan berulang, baik langsung maupun lewat media sosial.""",
            """<b>Kekerasan seksual</b>: setiap perbuatan seksual terhadap anak, termasuk menyentuh,
            memperlihatkan konten seksual, meminta foto, atau membujuk anak lewat internet.""",
            """<b>Penelantaran</b>: tidak memenuhi kebutuhan dasar anak, seperti makan, kesehatan, pendidikan,
            dan pengasuhan.""",
            """<b>Eksploitasi ekonomi atau seksual</b>: memanfaatkan anak demi keuntungan orang lain, misalnya
            mempekerjakan anak dengan cara yang merugikannya, atau menjual anak untuk tujuan seksual.""",
        )
        + p(
            """Kekerasan seksual lewat internet dapat terjadi tanpa diketahui orang tua. Pelaku bisa
            berkenalan
            dengan anak lewat media sosial, berpura-pura sebaya atau menjadi "pacar", memberi perhatian dan
            hadiah, lalu meminta foto intim. Foto itu kemudian dapat dipakai untuk mengancam anak. Proses
            ini
            disebut <i>grooming</i> (bujuk rayu untuk tujuan seksual). Modul 1 membahas bagaimana pola ini
            dapat berujung pada perdagangan anak.""",
            """Perundungan sering dianggap "bercanda" atau "biasa anak-anak". Padahal perundungan yang
            berulang
            adalah kekerasan psikis, dan dampaknya dapat berat, sampai anak tidak mau sekolah atau melukai
            dirinya sendiri.""",
        )
    ),
    Callout(
        "warning_signs",
        "Tanda yang mungkin terlihat pada anak",
        ul(
            "Perubahan suasana hati atau perilaku yang tiba-tiba.",
            "Menarik diri dari teman dan kegiatan yang biasanya ia sukai.",
            "Takut pada orang atau tempat tertentu.",
            "Kembali ke perilaku anak yang lebih kecil, misalnya mengompol lagi.",
            "Sulit tidur atau perubahan pola makan.",
            "Nilai menurun atau sering bolos.",
            "Pengetahuan seksual yang tidak sesuai dengan usianya.",
            "Melukai diri sendiri.",
            "Luka atau memar yang penjelasannya tidak masuk akal.",
        )
        + p(
            """<b>Ingat:</b> sebagian anak tidak menunjukkan tanda apa pun. Tidak adanya tanda bukan bukti
            bahwa
            anak aman. Sebaliknya, satu tanda belum tentu berarti kekerasan. Tanda adalah alasan untuk
            memperhatikan dan bertanya dengan lembut, bukan untuk menuduh."""
        ),
    ),
    Callout(
        "legal_basis",
        "Dasar hukum perlindungan anak",
        ul(
            """UU 35/2014: anak adalah setiap orang yang belum berusia 18 tahun, termasuk yang masih dalam
            kandungan.""",
            """Pasal 54 UU 35/2014: anak di sekolah wajib dilindungi dari kekerasan oleh pendidik, tenaga
            kependidikan, dan sesama peserta didik.""",
            """UU 17/2016: pidana ditambah sepertiga jika pelaku kekerasan seksual terhadap anak adalah
            pendidik.""",
            """Pasal 76F dan Pasal 83 UU 35/2014: larangan memperdagangkan anak, dengan ancaman pidana penjara
            3 sampai 15 tahun.""",
        )
        + p("Periksa ketentuan terbaru sebelum mengutip angka ancaman pidana secara resmi."),
    ),
    Heading("Mengapa anak sulit bercerita"),
    Paragraph(
        p(
            """Banyak orang dewasa bertanya, "Kenapa anak itu tidak cerita dari dulu?" Ada banyak alasan yang
            mungkin membuat anak diam:"""
        )
        + ul(
            "Pelaku mengancamnya, atau berkata bahwa anak akan dimarahi jika bercerita.",
            """Pelaku adalah orang yang ia kenal dan sayangi, misalnya kerabat, tetangga, atau orang yang
            dihormati di sekitarnya.""",
            "Anak merasa bersalah, malu, atau mengira kejadian itu salahnya.",
            "Anak yang masih kecil belum punya kata-kata untuk menjelaskan apa yang terjadi.",
            "Anak pernah mencoba bercerita, tetapi tidak dipercaya atau malah dimarahi.",
        )
        + p(
            """Karena itu, anak sering bercerita sedikit demi sedikit, menguji apakah orang dewasa di depannya
            aman. Cerita yang datang terlambat, berubah-ubah, atau disampaikan seperti "teman saya" bukan
            berarti anak berbohong. Tugas kita adalah menjadi orang dewasa yang aman untuk diajak bicara."""
        )
    ),
    Heading("Ketika anak bercerita: tanggapan pertama"),
    Paragraph(
        p(
            """Anak yang bercerita sedang mengambil langkah yang berat. Mungkin ia sudah lama menyimpannya,
            diancam pelaku, atau takut tidak dipercaya. Cara Bapak/Ibu menanggapi di menit-menit pertama dapat
            menentukan apakah ia mau melanjutkan ceritanya dan mendapat pertolongan.""",
            "<b>Yang perlu dilakukan:</b>",
        )
        + ul(
            """<b>Dengarkan dengan tenang.</b> Jaga wajah dan suara tetap tenang walaupun Bapak/Ibu
            terkejut.""",
            """<b>Percayai anak.</b> Katakan, misalnya, "Terima kasih sudah cerita. Ibu percaya sama
            kamu." """,
            """<b>Katakan bahwa itu bukan salahnya.</b> Anak sering merasa bersalah, apalagi jika pelaku
            berkata begitu.""",
            """<b>Catat kata-kata anak sendiri</b>, lengkap dengan tanggal dan jam, sesegera mungkin setelah
            percakapan.""",
            "<b>Pastikan anak aman</b>, misalnya apakah ia aman pulang hari ini.",
            """<b>Jelaskan siapa yang perlu tahu</b>, misalnya kepala sekolah, tim di sekolah, atau petugas
            layanan, dan mengapa mereka perlu tahu.""",
            """<b>Jika terduga pelaku mungkin anggota keluarga</b> atau orang serumah, jangan memberi tahu
            orang tua atau wali lebih dulu. Hubungi SAPA 129 atau UPTD PPA secara langsung; petugas yang akan
            memutuskan kapan dan bagaimana keluarga diberi tahu.""",
            "<b>Rujuk dengan cepat.</b> Jangan menunda sampai ada bukti.",
        )
        + p("<b>Yang perlu dihindari:</b>")
        + ul(
            """<b>Jangan menyelidiki sendiri.</b> Memeriksa kebenaran cerita adalah tugas petugas layanan dan
            aparat penegak hukum.""",
            """<b>Jangan bertanya yang mengarahkan</b>, misalnya "Pamanmu yang melakukannya, kan?", dan jangan
            meminta anak mengulang ceritanya berkali-kali.""",
            "<b>Jangan mengonfrontasi pelaku.</b> Hal ini dapat membahayakan anak.",
            """<b>Jangan menjanjikan rahasia sepenuhnya.</b> Katakan dengan jujur bahwa Bapak/Ibu perlu
            memberi
            tahu orang yang dapat membantu.""",
            """<b>Jangan "mendamaikan"</b> kasus kekerasan seksual antara keluarga anak dan pelaku.""",
            """<b>Jangan mengunggah</b> identitas, foto, atau cerita anak di media sosial atau grup
            WhatsApp.""",
        )
    ),
    Callout(
        "tips",
        "Jika anak baru saja mengalami kekerasan seksual",
        p(
            """Bawa anak ke fasilitas kesehatan lebih dulu, didampingi orang dewasa yang ia percayai. Sarankan
            agar anak tidak mandi dulu, dan simpan pakaiannya tanpa dicuci, karena dapat menjadi barang
            bukti.""",
            """Waktu sangat penting: pertolongan medis dalam <b>72 jam</b> setelah kejadian memungkinkan
            petugas kesehatan memberi kontrasepsi darurat dan obat pencegahan HIV (profilaksis pascapajanan).
            Jangan menunda pemeriksaan kesehatan demi menunggu laporan selesai.""",
            """Setelah itu, segera hubungi SAPA 129 atau polisi di 110. Kesehatan dan keselamatan anak lebih
            dulu; laporan menyusul dengan cepat.""",
        ),
    ),
    Heading("Kalimat yang dapat membantu", "h3"),
    Paragraph(
        p("Bapak/Ibu dapat memakai kalimat sederhana seperti ini, dengan suara yang tenang:")
        + ul(
            """"Terima kasih sudah mau cerita. Itu perlu keberanian." """,
            """"Apa yang terjadi bukan salahmu." """,
            """"Ibu/Bapak ingin kamu aman. Supaya kamu bisa ditolong, Ibu/Bapak perlu memberi tahu
            beberapa orang yang tugasnya melindungi anak." """,
            """"Ada lagi yang ingin kamu ceritakan? Kalau belum mau, tidak apa-apa." """,
        )
        + p(
            """Hindari kalimat yang menyalahkan atau meragukan, seperti "Kenapa baru cerita sekarang?",
            "Yakin?
            Dia kan orang baik," atau "Makanya jangan main ke sana." Kalimat seperti itu dapat membuat anak
            berhenti bercerita, kepada Bapak/Ibu maupun kepada orang lain."""
        )
    ),
    Heading("Kekerasan daring dan pemerasan seksual"),
    Paragraph(
        p(
            """Salah satu bentuk kekerasan daring yang makin sering terjadi adalah <i>sextortion</i>, yaitu
            pemerasan seksual: pelaku mengancam menyebarkan foto atau video intim korban jika korban tidak
            mengirim gambar lagi, tidak mau bertemu, atau tidak membayar. Pelaku sering berpura-pura sebaya,
            dan anak yang diancam biasanya sangat takut dan malu.""",
            "Jika anak atau orang tuanya bercerita tentang ancaman seperti ini:",
        )
        + ol(
            """<b>Tenangkan dan jangan menyalahkan.</b> Anak yang telanjur mengirim gambar adalah
            korban. Kesalahan ada pada orang yang mengancam dan memeras.""",
            """<b>Jangan membayar dan jangan mengirim gambar lagi.</b> Menuruti pelaku biasanya membuat
            ancaman berlanjut. Jangan juga membalas pelaku dengan marah.""",
            """<b>Simpan bukti tanpa menyebarkan gambar.</b> Catat nama akun, tautan profil, dan tanggal, dan
            ambil tangkapan layar pesan ancamannya. Jangan menyimpan, meneruskan, atau memperlihatkan foto
            atau
            video intimnya kepada siapa pun, apalagi gambar anak.""",
            """<b>Laporkan.</b> Laporkan akun pelaku ke platform media sosialnya, lalu hubungi SAPA 129 atau
            polisi. Petugaslah yang mengamankan bukti digital.""",
        )
    ),
    Heading("Jika anak bicara tentang melukai diri", "h3"),
    Paragraph(
        p(
            """Anak yang mengalami kekerasan kadang melukai dirinya atau berkata ingin mati. Tanggapi dengan
            serius, walaupun diucapkan sambil lalu. Jangan tinggalkan anak sendirian, dengarkan tanpa
            menghakimi atau menceramahi, dan jauhkan benda yang dapat melukainya. Libatkan layanan kesehatan,
            misalnya Puskesmas, atau psikolog melalui UPTD PPA, dan beri tahu kepala sekolah dan TPPK. Jika
            nyawanya terancam saat itu juga, bawa ke fasilitas kesehatan terdekat atau hubungi 110."""
        )
    ),
    Heading("Penelantaran dan eksploitasi di lingkungan"),
    Paragraph(
        p(
            """Aparatur kecamatan dan kelurahan sering melihat hal yang tidak terlihat dari sekolah: anak yang
            bekerja di pasar atau di jalan pada jam sekolah, anak yang sering ditinggal sendiri berhari-hari,
            atau anak yang tidak lagi terdaftar di sekolah mana pun.""",
            """Keadaan seperti ini dapat menjadi tanda penelantaran atau eksploitasi ekonomi. Tanggapi dengan
            cara yang sama: perhatikan, tanyakan dengan ramah kepada anak dan keluarganya tanpa menuduh, jaga
            keselamatan anak, lalu rujuk ke layanan. Keluarga yang menelantarkan anak mungkin sedang
            kesulitan;
            menghubungkan mereka dengan layanan juga bagian dari melindungi anak.""",
        )
    ),
    Heading("Sekolah wajib memiliki TPPK"),
    Paragraph(
        p(
            """Peraturan Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi (Permendikbudristek) Nomor 46
            Tahun 2023 tentang Pencegahan dan Penanganan Kekerasan di Lingkungan Satuan Pendidikan (PPKSP)
            mewajibkan setiap sekolah membentuk <b>Tim Pencegahan dan Penanganan Kekerasan (TPPK)</b>. Setiap
            pemerintah daerah wajib membentuk <b>Satuan Tugas (Satgas)</b>.""",
            """TPPK adalah tempat di sekolah untuk mencegah dan menangani kekerasan. Pastikan Bapak/Ibu tahu
            siapa anggota TPPK di sekolah, dan pastikan siswa juga tahu kepada siapa mereka dapat bercerita.
            TPPK tidak menggantikan layanan di luar sekolah: kasus berat, seperti kekerasan seksual, tetap
            perlu
            segera dirujuk ke UPTD PPA atau polisi.""",
            """Madrasah dan pesantren berada di bawah Kementerian Agama, bukan dinas pendidikan. Pencegahan
            dan
            penanganan kekerasan seksual di satuan pendidikan keagamaan diatur dalam Peraturan Menteri Agama
            (PMA) Nomor 73 Tahun 2022. Kasus di madrasah atau pesantren dilaporkan kepada pimpinan lembaga dan
            kantor Kementerian Agama di kota kita, dan tetap dirujuk ke UPTD PPA atau polisi.""",
            """Aturan tentang TPPK dan Satgas dapat berubah. Periksa aturan terbaru dari kementerian yang
            membidangi pendidikan dasar dan menengah, dan dari Kementerian Agama untuk madrasah dan
            pesantren.""",
        )
    ),
    Callout(
        "tips",
        "Pencegahan sehari-hari di sekolah",
        ul(
            """Ajarkan anak bahwa tubuhnya miliknya sendiri, bahwa ia boleh menolak sentuhan yang membuatnya
            tidak nyaman, dan bahwa rahasia yang membuatnya takut boleh diceritakan.""",
            """Terapkan disiplin tanpa kekerasan: tanpa memukul, tanpa mempermalukan di depan kelas.""",
            """Tanggapi ejekan yang berulang sejak awal, termasuk di grup WhatsApp kelas.""",
            """Hindari berduaan dengan seorang siswa di ruang tertutup. Jika perlu berbicara empat mata,
            pilih ruang yang pintunya terbuka atau terlihat dari luar.""",
            """Bicarakan keamanan internet di kelas dan di rapat orang tua. Sampaikan bahwa siapa pun yang
            meminta foto tanpa busana sedang berbuat salah, dan bahwa anak yang telanjur mengirim tidak
            akan dimarahi jika bercerita: "Kalau kamu diancam, itu bukan salahmu. Ceritakan kepada orang
            dewasa
            yang kamu percaya." """,
        ),
    ),
    case_scenario(
        "Cerita di jam istirahat",
        p(
            """Nadia (9 tahun), siswi kelas IV di sebuah SD di Kecamatan Lubuklinggau Barat II, biasanya
            ceria.
            Dua bulan terakhir ia sering melamun, nilainya turun, dan ia menolak ikut kegiatan sore yang
            biasanya ia sukai. Wali kelasnya, Bu Ratna, juga mendengar dari ibunya bahwa Nadia kembali
            mengompol.""",
            """Suatu hari, saat istirahat, Nadia mendekati Bu Ratna dan berbisik, "Bu, kalau ada orang yang
            suka
            pegang-pegang, itu salah Nadia, ya? Om bilang jangan cerita, nanti Nadia dimarahi Mama." """,
        ),
        [
            "Tanda apa saja yang sudah terlihat pada Nadia sebelum ia bercerita?",
            """Apa kalimat pertama yang sebaiknya diucapkan Bu Ratna? Kalimat apa yang sebaiknya tidak
            diucapkan?""",
            """Apa yang perlu Bu Ratna catat, kepada siapa ia memberi tahu, dan ke mana kasus ini
            dirujuk?""",
        ],
        answer=ol(
            """Nadia sering melamun, nilainya turun, ia menolak kegiatan yang biasanya ia sukai, dan ia
            kembali
            mengompol. Satu per satu bukan bukti, tetapi bersama-sama tanda ini perlu diperhatikan.""",
            """Misalnya: "Terima kasih Nadia sudah cerita. Itu bukan salah Nadia. Ibu percaya sama Nadia."
            Hindari "Yakin?", "Om yang mana? Om kamu, kan?", atau "Kenapa baru cerita sekarang?".""",
            """Bu Ratna mencatat kata-kata Nadia apa adanya, dengan tanggal dan jam, lalu memberi tahu kepala
            sekolah dan TPPK. Karena terduga pelaku ("Om") mungkin anggota keluarga dan Nadia takut dimarahi
            Mama, ia <b>tidak memberi
            tahu keluarga lebih dulu</b>, tetapi langsung menghubungi SAPA 129 atau UPTD PPA. Petugas yang
            memutuskan kapan keluarga diberi tahu.""",
        ),
    ),
    case_scenario(
        "Foto yang diedit di grup kelas",
        p(
            """Di sebuah SMP di Kecamatan Lubuklinggau Timur I, beberapa siswa kelas VIII membuat grup
            WhatsApp
            tanpa guru. Mereka mengedit foto seorang teman sekelas, Bima, menjadi bahan ejekan, dan
            menyebarkannya hampir setiap hari.""",
            """Bima mulai sering izin sakit. Suatu hari ibunya menemukan bekas sayatan di lengan Bima dan
            menghubungi wali kelas.""",
        ),
        [
            "Bentuk kekerasan apa yang dialami Bima, dan tanda apa yang muncul?",
            "Mengapa bekas sayatan di lengan Bima perlu ditanggapi segera dan dengan serius?",
            """Apa peran TPPK sekolah dalam kasus ini, baik untuk Bima maupun untuk siswa yang
            merundungnya?""",
        ],
        answer=ol(
            """Bima mengalami perundungan, yaitu kekerasan psikis yang berulang lewat media sosial. Tandanya:
            sering izin sakit dan bekas sayatan di lengan, tanda melukai diri sendiri.""",
            """Melukai diri menunjukkan Bima sangat tertekan, dan risikonya dapat bertambah. Wali kelas
            menanggapinya hari itu juga: berbicara tenang dengan Bima dan ibunya, tidak meninggalkan Bima
            sendirian bila ia dalam bahaya, dan membantu keluarga mendapat layanan kesehatan, misalnya
            Puskesmas, atau psikolog melalui UPTD PPA.""",
            """TPPK menghentikan perundungan (termasuk grup WhatsApp itu), mendampingi Bima, dan menangani
            siswa yang merundung dengan cara mendidik: mereka juga anak, dan perlu belajar memahami dampak
            perbuatannya. Foto editan tidak diteruskan, termasuk sebagai "bukti" di grup guru.""",
        ),
    ),
    case_scenario(
        "Anak yang berjualan pada jam sekolah",
        p(
            """Pak Rudi, staf sebuah kelurahan di Kecamatan Lubuklinggau Selatan I, beberapa kali melihat
            Sinta
            (12 tahun) berjualan kantong plastik di pasar pada pagi hari, saat anak lain bersekolah. Suatu
            kali
            ia melihat seorang laki-laki dewasa membentak Sinta dan mengambil uang hasil jualannya.""",
            """Dari tetangga, Pak Rudi mendengar bahwa ibu Sinta bekerja jauh dan Sinta tinggal bersama
            kerabat. Sinta sudah lama tidak terlihat memakai seragam sekolah.""",
        ),
        [
            "Bentuk kekerasan apa yang mungkin dialami Sinta?",
            "Bagaimana Pak Rudi dapat mendekati Sinta dan keluarganya tanpa menuduh atau mempermalukan?",
            "Layanan apa yang perlu dihubungi, dan siapa lagi di kelurahan yang perlu dilibatkan?",
        ],
        answer=ol(
            """Sinta mungkin mengalami eksploitasi ekonomi (ia dipekerjakan pada jam sekolah dan hasil
            jualannya diambil orang dewasa), penelantaran (ia tidak lagi bersekolah dan pengasuhannya tidak
            jelas), dan kekerasan psikis (ia dibentak di depan umum).""",
            """Pak Rudi dapat menyapa Sinta dengan ramah, misalnya membeli dagangannya dan bertanya tentang
            sekolahnya, tanpa menginterogasi. Ia tidak menegur laki-laki dewasa itu di pasar, karena dapat
            membahayakan Sinta.""",
            """Pak Rudi memberi tahu lurah dan menghubungi SAPA 129 atau UPTD PPA. Dinas Sosial dan pekerja
            sosial dapat membantu keluarga, dan Dinas Pendidikan dapat membantu Sinta kembali bersekolah.
            PATBM atau kader di kelurahan dapat ikut memantau. Kontak layanan ini ada di peta rujukan Modul
            5.""",
        ),
    ),
    Heading("Setelah merujuk"),
    Paragraph(
        p(
            """Merujuk bukan akhir dari peran Bapak/Ibu. Anak tetap datang ke sekolah dan tetap tinggal di
            lingkungan kita. Sapa anak seperti biasa, jaga agar ceritanya tidak menjadi bahan pembicaraan, dan
            tanyakan kepada petugas layanan apa yang dapat dilakukan sekolah atau kelurahan untuk
            mendukungnya. Perhatian yang tenang dan konsisten dari orang dewasa membantu anak merasa aman
            kembali."""
        )
    ),
    Help(),
)

QUESTIONS = (
    single(
        "Menurut UU 35/2014, siapa yang disebut anak?",
        topic="perlindungan anak",
        choices=[
            no("Setiap orang yang belum menikah, berapa pun usianya"),
            no("Setiap orang yang belum berusia 17 tahun atau belum memiliki KTP elektronik"),
            no("Setiap orang yang masih bersekolah di SD, SMP, atau SMA"),
            ok("Setiap orang yang belum berusia 18 tahun, termasuk dalam kandungan"),
        ],
        explanation="""UU 35/2014: anak adalah setiap orang yang belum berusia 18 tahun, termasuk anak yang
        masih
        dalam kandungan. Siswa kelas XII berusia 17 tahun masih anak.""",
    ),
    true_false(
        """Jika seorang anak tidak menunjukkan tanda apa pun, kita dapat yakin anak itu tidak mengalami
        kekerasan.""",
        topic="perlindungan anak",
        answer=False,
        explanation="""Sebagian anak yang mengalami kekerasan tidak menunjukkan tanda apa pun. Tidak adanya
        tanda
        bukan bukti bahwa anak aman.""",
    ),
    multiple(
        """Seorang siswa bercerita bahwa ia disentuh secara tidak pantas oleh seseorang. Manakah yang perlu
        dilakukan guru? Pilih semua yang benar.""",
        topic="perlindungan anak",
        scoring="all_or_nothing",
        choices=[
            ok("Mendengarkan dengan tenang dan memercayai ceritanya"),
            no(
                "Menjanjikan bahwa ceritanya tidak akan diketahui siapa pun",
                """Guru perlu memberi tahu orang yang dapat membantu; janji rahasia penuh tidak dapat
                ditepati.""",
            ),
            ok("Mencatat kata-kata anak sendiri beserta tanggalnya"),
            no(
                "Meminta anak mengulang ceritanya di depan kepala sekolah dan orang tua",
                "Bercerita berulang-ulang dapat menyakiti anak lagi.",
            ),
            ok("Merujuk dengan cepat ke TPPK sekolah dan layanan seperti SAPA 129"),
        ],
        explanation="""Tanggapan pertama: dengarkan dengan tenang, percayai, katakan bahwa itu bukan salahnya,
        catat kata-kata anak dengan tanggalnya, jelaskan siapa yang perlu tahu, dan rujuk dengan cepat. Jangan
        menjanjikan rahasia penuh dan jangan meminta anak bercerita berulang-ulang.""",
    ),
    single(
        "Menurut Permendikbudristek 46/2023, tim apa yang wajib dibentuk di setiap sekolah?",
        topic="perlindungan anak",
        choices=[
            no("Satuan Tugas (Satgas) perlindungan anak"),
            ok("Tim Pencegahan dan Penanganan Kekerasan (TPPK)"),
            no("Unit Pelayanan Perempuan dan Anak (Unit PPA)"),
            no("Komite sekolah khusus bidang ketertiban dan keamanan siswa"),
        ],
        explanation="""Permendikbudristek 46/2023 (PPKSP) mewajibkan TPPK di setiap sekolah, sedangkan Satgas
        dibentuk oleh pemerintah daerah. Unit PPA ada di kepolisian. Periksa aturan terbaru, karena aturan ini
        dapat berubah.""",
    ),
    true_false(
        """Perundungan yang dilakukan berulang, termasuk lewat media sosial, termasuk kekerasan psikis
        terhadap
        anak.""",
        topic="perlindungan anak",
        answer=True,
        explanation="""Perundungan (ejekan, ancaman, atau pengucilan yang berulang) adalah kekerasan
        psikis, baik
        dilakukan langsung maupun lewat media sosial.""",
    ),
    scenario(
        """Seorang siswi SMP bercerita kepada gurunya bahwa semalam ia mengalami kekerasan seksual oleh
        seorang kenalan dewasa. Ia belum mandi dan masih memakai pakaian yang sama.""",
        "Apa langkah pertama yang paling tepat?",
        topic="TPKS",
        choices=[
            no(
                """Menyuruhnya pulang untuk mandi dan beristirahat, lalu besok pagi bersama-sama melapor ke
                SAPA 129""",
                """Melapor memang tepat, tetapi mandi dapat menghilangkan barang bukti dan menunda pertolongan
                medis yang penting dalam 72 jam.""",
            ),
            ok("Mengantarnya lebih dulu ke fasilitas kesehatan, lalu menghubungi SAPA 129 atau polisi"),
            no(
                "Memanggil kenalan itu ke sekolah untuk dimintai penjelasan",
                "Mengonfrontasi pelaku dapat membahayakan anak.",
            ),
            no(
                """Menanyainya secara rinci dan berulang kali agar ceritanya lengkap sebelum dilaporkan ke
                sekolah""",
                "Pertanyaan berulang dapat menyakiti anak lagi; pemeriksaan adalah tugas petugas.",
            ),
        ],
        explanation="""Setelah kekerasan seksual yang baru terjadi, utamakan fasilitas kesehatan: pertolongan
        medis dalam 72 jam penting. Sarankan agar anak tidak mandi dan pakaiannya disimpan tanpa dicuci. Lalu
        hubungi SAPA 129 atau polisi (110).""",
    ),
    multiple(
        "Manakah yang dapat menjadi tanda anak mengalami kekerasan? Pilih semua yang benar.",
        topic="perlindungan anak",
        scoring="partial",
        choices=[
            ok("Takut pada orang atau tempat tertentu"),
            no(
                "Sedih sehari setelah kalah lomba, lalu kembali ceria seperti biasa",
                "Perasaan sedih yang wajar dan singkat bukan perubahan perilaku yang menetap.",
            ),
            ok("Kembali mengompol padahal sebelumnya tidak"),
            ok("Pengetahuan seksual yang tidak sesuai usianya"),
            no(
                "Sejak kecil memang pemalu di depan orang yang baru dikenal",
                "Sifat yang sudah lama ada bukan perubahan tiba-tiba.",
            ),
        ],
        explanation="""Tanda yang mungkin terlihat antara lain: perubahan perilaku tiba-tiba, menarik diri,
        takut
        pada orang atau tempat tertentu, kembali mengompol, sulit tidur atau makan, nilai turun, pengetahuan
        seksual yang tidak sesuai usia, melukai diri, dan luka yang tidak dapat dijelaskan.""",
    ),
    single(
        """Menurut UU 17/2016, jika pelaku kekerasan seksual terhadap anak adalah pendidik, bagaimana ancaman
        pidananya?""",
        topic="perlindungan anak",
        choices=[
            no("Sama dengan ancaman bagi pelaku lain"),
            no("Diganti dengan sanksi disiplin kepegawaian"),
            no("Ditambah setengah"),
            ok("Ditambah sepertiga"),
        ],
        explanation="""UU 17/2016 menambah pidana sepertiga jika pelaku kekerasan seksual terhadap anak adalah
        pendidik. Guru dipercaya melindungi anak, sehingga pelanggarannya dihukum lebih berat.""",
    ),
    true_false(
        "Guru sebaiknya menemui orang yang diduga pelaku untuk memastikan cerita anak sebelum melapor.",
        topic="perlindungan anak",
        answer=False,
        explanation="""Jangan menyelidiki sendiri dan jangan mengonfrontasi pelaku: hal itu dapat membahayakan
        anak. Rujuk dengan cepat; memeriksa kebenaran cerita adalah tugas petugas layanan dan aparat.""",
    ),
    scenario(
        """Seorang murid kelas V sering datang dengan memar. Ketika ditanya, ia selalu berkata jatuh. Hari
        ini ia
        menolak pulang dan berkata takut pada pamannya yang tinggal serumah.""",
        "Apa yang sebaiknya dilakukan wali kelas?",
        topic="rujukan",
        choices=[
            ok(
                """Memastikan anak aman hari ini, memberi tahu kepala sekolah dan TPPK, lalu merujuk ke
                SAPA 129"""
            ),
            no(
                "Mengantarnya pulang dan berbicara langsung dengan pamannya",
                "Menemui terduga pelaku dapat membahayakan anak.",
            ),
            no(
                "Menunggu sampai anak mau menceritakan semuanya dengan lengkap",
                "Anak yang takut pulang membutuhkan tindakan hari ini.",
            ),
            no(
                "Menelepon ibunya lebih dulu untuk meminta izin, lalu merujuk ke SAPA 129 jika ibunya setuju",
                """Jika terduga pelaku tinggal serumah, memberi tahu keluarga lebih dulu dapat membahayakan
                anak. Hubungi layanan secara langsung.""",
            ),
            no(
                """Memotret memarnya dan mengirimkannya ke grup guru untuk meminta pendapat rekan yang
                berpengalaman""",
                "Foto anak tidak boleh disebarkan, termasuk di grup guru.",
            ),
        ],
        explanation="""Memar yang berulang dengan penjelasan yang tidak masuk akal dan ketakutan pada orang
        tertentu adalah tanda kekerasan. Keselamatan anak hari ini paling penting; libatkan kepala sekolah dan
        TPPK, lalu rujuk segera ke SAPA 129 atau UPTD PPA. Karena terduga pelaku tinggal serumah, keluarga
        tidak diberi tahu lebih dulu; petugas yang memutuskannya.""",
    ),
)

MODULE = Module(
    slug="kekerasan-terhadap-anak",
    title="Mencegah kekerasan terhadap anak",
    summary=t(
        """Modul ini membantu Bapak/Ibu mengenali bentuk dan tanda kekerasan terhadap anak, termasuk
        perundungan
        dan kekerasan seksual lewat internet, serta memberi tanggapan pertama yang aman ketika seorang anak
        bercerita. Modul ini juga menjelaskan kewajiban sekolah melindungi anak dan peran Tim Pencegahan dan
        Penanganan Kekerasan (TPPK) di sekolah."""
    ),
    outcomes=(
        "Menjelaskan siapa yang disebut anak dan kewajiban sekolah melindungi anak dari kekerasan.",
        "Mengenali bentuk kekerasan terhadap anak, termasuk perundungan dan kekerasan seksual daring.",
        "Mengenali tanda-tanda pada anak yang mungkin mengalami kekerasan.",
        t(
            """Memberi tanggapan pertama yang aman ketika anak bercerita, dan menghindari hal yang dapat
            menyakiti anak lagi."""
        ),
        "Menjelaskan peran TPPK di sekolah dan Satgas di pemerintah daerah.",
    ),
    reading_minutes=14,
    blocks=BLOCKS,
    quiz=Quiz(
        title="Kuis Modul 3: Mencegah kekerasan terhadap anak",
        instructions=t(
            """Jawab 10 pertanyaan berikut. Pada soal "pilih semua yang benar", jawaban bisa lebih dari satu.
            Nilai lulus 70. Setelah mengirim jawaban, Bapak/Ibu dapat membaca penjelasan setiap soal."""
        ),
        questions=QUESTIONS,
    ),
)
