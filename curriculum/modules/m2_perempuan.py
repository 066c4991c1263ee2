"""Module 2: preventing violence against women (KDRT, sexual violence, forced and child marriage)."""

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
    Heading("Kekerasan terhadap perempuan ada di sekitar kita"),
    Callout(
        "tips",
        "Sebelum mulai: jaga diri Bapak/Ibu",
        p(
            """Modul ini membahas kekerasan dalam rumah tangga dan kekerasan seksual. Sebagian dari kita
            pernah mengalaminya sendiri atau dekat dengan orang yang mengalaminya. Jika bacaan ini terasa
            berat, berhentilah sejenak dan lanjutkan kapan saja. Layanan di akhir modul, seperti SAPA 129 dan
            UPTD PPA, terbuka juga untuk Bapak/Ibu sendiri."""
        ),
    ),
    Paragraph(
        p(
            """Survei Pengalaman Hidup Perempuan Nasional (SPHPN) 2024 menemukan bahwa sekitar 1 dari 4
            perempuan di Indonesia pernah mengalami kekerasan. Artinya, di antara rekan kerja, wali murid, dan
            tetangga kita, ada perempuan yang pernah atau sedang mengalaminya, sering tanpa ada yang tahu.""",
            """Data SIMFONI-PPA, sistem pencatatan kasus kekerasan terhadap perempuan dan anak, mencatat
            35.025 korban perempuan dan anak pada 2025 (angka tahun berjalan, belum setahun penuh). Angka ini
            hanya kasus yang dilaporkan. Korban bisa saja tidak
            melapor karena takut, malu, bergantung secara ekonomi pada pelaku, atau tidak tahu harus ke
            mana.""",
            """Guru serta aparatur kecamatan dan kelurahan bertemu banyak perempuan setiap hari: ibu yang
            mengantar anak, rekan guru, warga yang mengurus surat. Kepekaan Bapak/Ibu dapat membuka jalan bagi
            seseorang untuk mendapat pertolongan. Modul ini membahas bentuk-bentuk kekerasan menurut
            undang-undang, lalu cara menanggapinya dengan aman.""",
        )
    ),
    Heading("Kekerasan dalam rumah tangga (KDRT)"),
    Paragraph(
        p(
            """KDRT bukan urusan pribadi yang harus didiamkan. Undang-Undang Nomor 23 Tahun 2004 tentang
            Penghapusan Kekerasan dalam Rumah Tangga (UU PKDRT) menjadikannya tindak pidana dengan ancaman
            hukuman. Pasal 5 UU PKDRT menyebut empat bentuk KDRT:"""
        )
        + ul(
            """<b>Kekerasan fisik</b>: perbuatan yang menyakiti tubuh, misalnya memukul, menampar, menendang,
            atau mendorong.""",
            """<b>Kekerasan psikis</b>: perbuatan yang membuat korban ketakutan, kehilangan rasa percaya diri,
            atau merasa tidak berdaya, misalnya terus-menerus menghina, mengancam, atau mempermalukannya.""",
            """<b>Kekerasan seksual</b>: memaksa hubungan seksual atau perbuatan seksual yang tidak
            dikehendaki,
            termasuk oleh suami terhadap istri.""",
            """<b>Penelantaran rumah tangga</b>: tidak memberi nafkah, perawatan, atau pemeliharaan kepada
            orang
            yang menjadi tanggungannya. Menurut Pasal 9, penelantaran juga mencakup membatasi atau melarang
            seseorang bekerja sehingga ia bergantung secara ekonomi pada pelaku.""",
        )
        + p(
            """Bentuk-bentuk ini sering terjadi bersamaan. Kekerasan psikis dan penelantaran tidak
            meninggalkan bekas di tubuh, tetapi tetap kekerasan menurut undang-undang. Jangan menganggap
            kekerasan baru "serius" jika ada luka.""",
            """Beberapa tindak pidana KDRT adalah <b>delik aduan</b> (UU PKDRT Pasal 51 sampai 53): perkaranya
            hanya diproses polisi jika korban sendiri mengadu. Ini berlaku antara lain untuk kekerasan fisik
            ringan, kekerasan psikis dalam keadaan tertentu, dan kekerasan seksual dalam perkawinan. Bagi
            kita,
            artinya: bantu korban dewasa memahami pilihannya dan hormati keputusannya, kecuali ada bahaya
            langsung.""",
        )
    ),
    Callout(
        "legal_basis",
        "Dasar hukum: UU 23/2004 tentang Penghapusan KDRT",
        ul(
            "Pasal 5: empat bentuk KDRT, yaitu fisik, psikis, seksual, dan penelantaran rumah tangga.",
            """Pasal 9: penelantaran termasuk membatasi atau melarang bekerja sehingga korban bergantung
            secara
            ekonomi.""",
            """Pasal 15: setiap orang yang mengetahui KDRT wajib, sesuai batas kemampuannya, mencegah,
            melindungi
            korban, memberi pertolongan darurat, dan membantu mengajukan permohonan perlindungan.""",
            """Pasal 44: kekerasan fisik diancam pidana penjara paling lama 5 tahun atau denda paling banyak
            Rp15 juta.""",
            """Pasal 45: kekerasan psikis diancam pidana penjara paling lama 3 tahun atau denda paling banyak
            Rp9 juta.""",
            """Pasal 49: penelantaran diancam pidana penjara paling lama 3 tahun atau denda paling banyak
            Rp15 juta.""",
            """Pasal 51 sampai 53: beberapa tindak pidana, antara lain kekerasan fisik ringan dan kekerasan
            seksual dalam perkawinan, adalah delik aduan.""",
        )
        + p(
            """Angka di atas adalah ancaman untuk bentuk dasarnya. Periksa ketentuan terbaru sebelum
            mengutipnya secara resmi."""
        ),
    ),
    Heading("Kewajiban kita sebagai orang yang mengetahui"),
    Paragraph(
        p(
            """Pasal 15 UU PKDRT mengingatkan bahwa KDRT bukan hanya urusan suami dan istri. Setiap orang yang
            mengetahui terjadinya KDRT wajib berbuat sesuai batas kemampuannya: mencegah, melindungi korban,
            memberi pertolongan darurat, dan membantu korban mendapat perlindungan.""",
            """"Sesuai batas kemampuan" berarti Bapak/Ibu tidak diminta menjadi polisi atau mengambil risiko
            yang membahayakan diri. Yang diminta adalah tidak menutup mata: menanyakan dengan peduli,
            menawarkan
            bantuan, dan menghubungkan korban dengan layanan yang tepat.""",
        )
    ),
    Heading("Kekerasan seksual menurut UU TPKS"),
    Paragraph(
        p(
            """Undang-Undang Nomor 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual (UU TPKS) memperluas
            perlindungan bagi korban. Pasal 4 ayat (1) menyebut sembilan tindak pidana kekerasan seksual:"""
        )
        + ol(
            """<b>Pelecehan seksual nonfisik</b>: ucapan, isyarat, tulisan, atau pesan bernada seksual yang
            merendahkan, misalnya komentar cabul tentang tubuh seseorang.""",
            """<b>Pelecehan seksual fisik</b>: sentuhan atau perbuatan fisik bernada seksual tanpa
            persetujuan.""",
            "<b>Pemaksaan kontrasepsi</b>: memaksa seseorang memakai alat atau cara pencegah kehamilan.",
            """<b>Pemaksaan sterilisasi</b>: memaksa seseorang menjalani tindakan yang membuatnya tidak dapat
            memiliki anak secara permanen.""",
            """<b>Pemaksaan perkawinan</b>: memaksa seseorang menikah; perkawinan anak dapat termasuk di
            sini.""",
            """<b>Penyiksaan seksual</b>: menyakiti seseorang secara seksual untuk menghukum, menakut-nakuti,
            atau memaksa pengakuan, yang dilakukan oleh pejabat atau orang yang bertindak atas nama pejabat
            (Pasal 11).""",
            """<b>Eksploitasi seksual</b>: memanfaatkan tubuh atau seksualitas seseorang untuk mendapat
            keuntungan, misalnya menjualnya.""",
            """<b>Perbudakan seksual</b>: menguasai seseorang seolah-olah miliknya sendiri untuk tujuan
            seksual.""",
            """<b>Kekerasan seksual berbasis elektronik (KSBE)</b>: merekam, menyebarkan, atau mengancam
            menyebarkan foto atau video seksual seseorang tanpa persetujuannya, atau menguntit seseorang lewat
            internet untuk tujuan seksual.""",
        )
        + p(
            """Selain sembilan tindak pidana itu, Pasal 4 ayat (2) juga menggolongkan sebagai kekerasan
            seksual,
            antara lain: perkosaan, perbuatan cabul, persetubuhan atau perbuatan cabul terhadap anak,
            eksploitasi seksual terhadap anak, pornografi anak, pemaksaan pelacuran, TPPO untuk tujuan
            eksploitasi seksual, dan kekerasan seksual dalam rumah tangga.""",
            """Perhatikan bahwa pelecehan tidak harus berupa sentuhan. Pesan bernada seksual yang terus
            dikirim
            kepada rekan kerja, atau komentar cabul kepada siswi, juga termasuk kekerasan seksual.""",
            """Perkara kekerasan seksual <b>tidak dapat diselesaikan di luar proses peradilan</b>, misalnya
            dengan "damai" atau uang, kecuali pelakunya anak (Pasal 23). Jadi, sekolah dan kantor
            pemerintahan tidak boleh "mendamaikan" pelaku dewasa dengan korban kekerasan seksual.""",
        )
    ),
    Heading("Perkawinan anak dapat menjadi pemaksaan perkawinan"),
    Paragraph(
        p(
            """Sejak berlakunya Undang-Undang Nomor 16 Tahun 2019, usia minimal untuk menikah adalah
            <b>19 tahun</b>, sama bagi laki-laki dan perempuan.""",
            """Perkawinan di bawah 19 tahun hanya dapat dilangsungkan dengan <b>dispensasi</b> (izin khusus)
            dari pengadilan, yaitu Pengadilan Agama bagi yang beragama Islam atau Pengadilan Negeri bagi yang
            lain (UU 16/2019 Pasal 7 ayat (2) dan PERMA 5/2019). Ada juga anak yang dinikahkan secara siri
            sehingga
            perkawinannya tidak tercatat dan lepas dari pengawasan.""",
            """UU TPKS Pasal 10 mengatur pemaksaan perkawinan, dan perkawinan anak <b>dapat menjadi</b>
            pemaksaan perkawinan, misalnya jika anak dipaksa atau tekanan keluarga membuatnya tidak dapat
            menolak. Ancamannya pidana penjara paling lama 9 tahun dan/atau denda paling banyak Rp200 juta.
            Artinya, menikahkan anak bukan sekadar urusan adat atau keluarga.""",
            """Di sekolah, tandanya dapat terlihat lebih awal: siswi yang berkata akan "dijodohkan" setelah
            ujian, orang tua yang meminta anaknya berhenti sekolah untuk menikah, atau makelar jodoh yang
            membawa uang untuk keluarga. Yang terakhir ini juga modus "pengantin pesanan" yang dibahas di
            Modul 1.""",
        )
    ),
    Callout(
        "legal_basis",
        "Dasar hukum: UU 12/2022 tentang TPKS dan UU 16/2019 tentang Perkawinan",
        ul(
            """UU TPKS Pasal 4 ayat (1): sembilan tindak pidana kekerasan seksual; Pasal 4 ayat (2): tindak
            pidana lain yang juga termasuk kekerasan seksual, misalnya perkosaan dan pornografi anak.""",
            """UU TPKS Pasal 10: pemaksaan perkawinan, yang dapat mencakup perkawinan anak, diancam pidana
            penjara paling lama 9 tahun dan/atau denda paling banyak Rp200 juta.""",
            """UU TPKS Pasal 11: penyiksaan seksual dilakukan oleh pejabat atau orang yang bertindak atas
            namanya.""",
            """UU TPKS Pasal 23: perkara kekerasan seksual tidak dapat diselesaikan di luar proses peradilan,
            kecuali pelakunya anak.""",
            """UU 16/2019: usia minimal menikah 19 tahun bagi laki-laki dan perempuan; di bawah usia itu hanya
            dengan dispensasi pengadilan (Pasal 7 ayat (2), PERMA 5/2019).""",
        )
        + p("Periksa ketentuan terbaru sebelum mengutip angka ancaman pidana secara resmi."),
    ),
    Callout(
        "warning_signs",
        "Waspadai jika Bapak/Ibu mendengar atau melihat",
        ul(
            """Seorang perempuan bercerita sering dipukul, didorong, atau dilempar barang oleh
            pasangannya.""",
            """Pasangannya terus-menerus menghina, mengancam, atau mempermalukannya di depan orang lain,
            dan ia
            tampak ketakutan atau kehilangan rasa percaya diri.""",
            """Ia dilarang bekerja atau dibatasi pekerjaannya sehingga tidak punya penghasilan sendiri, dan
            kebutuhan rumah tangga tidak dipenuhi.""",
            "Ia dipaksa melakukan hubungan seksual, termasuk oleh suaminya.",
            """Ada pesan, komentar, atau sentuhan bernada seksual yang tidak diinginkan, di kantor, di
            sekolah,
            atau di media sosial.""",
            "Foto atau video intimnya disebarkan atau diancam akan disebarkan.",
            "Seorang anak perempuan akan dinikahkan sebelum berusia 19 tahun.",
        )
        + p(
            """Tanda-tanda ini adalah alasan untuk bertanya dengan peduli dan menawarkan bantuan, bukan untuk
            menghakimi."""
        ),
    ),
    Heading("Menanggapi perempuan yang bercerita"),
    Paragraph(
        p(
            """Ketika seorang perempuan menceritakan kekerasan yang ia alami, tanggapan pertama Bapak/Ibu
            sangat
            menentukan. Tanggapan yang menyalahkan dapat membuatnya diam lagi. Tanggapan yang tenang dan
            percaya
            dapat membuatnya berani mencari pertolongan.""",
            """Hindari kalimat seperti "Kenapa tidak pergi saja?", "Apa yang kamu lakukan sampai dia marah?",
            atau "Sabar saja, demi anak-anak." Kalimat seperti itu, walaupun bermaksud baik, menaruh beban
            pada
            korban. Tanggung jawab atas kekerasan ada pada pelaku.""",
        )
    ),
    Callout(
        "tips",
        "Yang dapat Bapak/Ibu lakukan",
        ul(
            """Cari tempat yang aman dan tidak didengar orang lain. Dengarkan dengan tenang, tanpa
            memotong.""",
            "Percayai ceritanya, dan katakan bahwa kekerasan itu bukan salahnya.",
            """Tanyakan apakah ia aman pulang hari ini. Jika ada bahaya langsung, hubungi polisi di 110.""",
            """Beri tahu pilihan layanan: SAPA 129 atau UPTD PPA (Unit Pelaksana Teknis Daerah Perlindungan
            Perempuan dan Anak). Layanan UPTD PPA gratis.""",
            """Jika ia berbicara tentang ingin melukai diri atau mengakhiri hidup, tanggapi dengan serius:
            jangan tinggalkan ia sendirian, dengarkan tanpa menghakimi, dan bantu ia mendapat pertolongan
            kesehatan, misalnya ke Puskesmas atau ke psikolog melalui UPTD PPA.""",
            """Libatkan dia dalam setiap keputusan. Kecuali ada bahaya langsung, bicarakan dulu dengannya
            sebelum Bapak/Ibu menghubungi layanan atas namanya.""",
            "Catat apa yang ia ceritakan dengan kata-katanya sendiri, beserta tanggalnya.",
            """Jangan menceritakan kasusnya kepada orang yang tidak perlu tahu, dan jangan mengunggahnya di
            media sosial.""",
            """Jangan mempertemukan atau "mendamaikan" korban dengan pelaku, terutama pada kekerasan
            seksual.""",
        ),
    ),
    Heading("Mencegah di sekolah dan di kantor pemerintahan"),
    Paragraph(
        p(
            """Pencegahan tidak hanya berarti menanggapi ketika kekerasan sudah terjadi. Sekolah dan kantor
            kecamatan atau kelurahan dapat membuat lingkungan yang membuat kekerasan lebih sulit terjadi dan
            lebih mudah dilaporkan."""
        )
        + ul(
            """Sepakati aturan yang jelas: komentar, pesan, atau sentuhan bernada seksual tidak diterima,
            siapa
            pun pelakunya dan apa pun jabatannya.""",
            """Sampaikan di rapat orang tua dan pertemuan warga bahwa usia minimal menikah adalah 19 tahun,
            dan bahwa menikahkan anak dapat menjadi tindak pidana.""",
            """Perhatikan siswi yang nilainya turun atau sering tidak masuk menjelang kelulusan; tanyakan
            dengan
            ramah apakah ada rencana yang membuatnya berhenti sekolah.""",
            """Sediakan tempat yang cukup tertutup di sekolah atau kantor untuk berbicara, sehingga orang yang
            ingin bercerita tidak perlu didengar banyak orang.""",
            """Di kantor pelayanan, jangan mengeluarkan surat dengan data umur yang tidak benar, termasuk
            untuk
            keperluan pernikahan.""",
            """Tempel nomor SAPA 129 dan polisi 110 di tempat yang mudah dilihat, misalnya ruang guru,
            ruang BK,
            dan ruang tunggu kantor.""",
        )
    ),
    case_scenario(
        "Ibu wali murid yang selalu tergesa-gesa",
        p(
            """Bu Lestari, guru kelas III di sebuah SD di Kecamatan Lubuklinggau Selatan II, memperhatikan
            bahwa
            ibu salah satu muridnya, Bu Nur, beberapa kali datang menjemput dengan lebam di lengan. Ketika
            ditanya, Bu Nur tertawa kecil dan berkata ia "terbentur pintu".""",
            """Suatu sore, ketika sekolah sudah sepi, Bu Nur menangis dan bercerita. Suaminya sering marah,
            pernah memukulnya, dan melarangnya kembali berjualan kue. Semua uang dipegang suami, dan uang
            belanja sering tidak diberikan. "Mungkin saya yang kurang sabar, Bu," katanya. "Jangan bilang
            siapa-siapa, nanti dia tambah marah." """,
        ),
        [
            "Bentuk KDRT apa saja yang mungkin dialami Bu Nur menurut Pasal 5 dan Pasal 9 UU PKDRT?",
            "Kalimat apa yang dapat diucapkan Bu Lestari agar Bu Nur merasa dipercaya dan tidak disalahkan?",
            """Bagaimana Bu Lestari menghormati permintaan Bu Nur sambil tetap memperhatikan
            keselamatannya?""",
        ],
        answer=ol(
            """Kekerasan fisik (dipukul), kekerasan psikis (sering dimarahi hingga ia menyalahkan diri), dan
            penelantaran rumah tangga: uang belanja tidak diberikan dan ia dilarang berjualan sehingga
            bergantung secara ekonomi (Pasal 9).""",
            """Misalnya: "Terima kasih Ibu mau cerita. Apa yang dilakukan suami Ibu bukan salah Ibu. Tidak ada
            alasan yang membenarkan pemukulan." Hindari "Sabar saja" atau "Apa yang Ibu lakukan sampai dia
            marah?".""",
            """Bu Lestari tidak menceritakannya kepada orang lain tanpa persetujuan Bu Nur dan tidak menemui
            suaminya. Ia menanyakan apakah Bu Nur aman pulang hari ini, memberi nomor SAPA 129 dan UPTD PPA
            dengan cara yang aman (misalnya di kertas kecil), dan menjelaskan bahwa layanannya gratis. Jika
            ada bahaya langsung, ia menghubungi polisi di 110.""",
        ),
    ),
    case_scenario(
        "Pesan dari atasan",
        p(
            """Tari, pegawai honorer baru di sebuah kantor kecamatan, bercerita kepada rekan seniornya, Bu
            Yanti. Seorang atasan sering mengirim pesan WhatsApp pada malam hari. Awalnya menanyakan
            pekerjaan,
            lalu memuji tubuhnya dan mengajaknya "jalan berdua". Tari sudah tidak membalas, tetapi pesan terus
            datang.""",
            """Tari takut kontraknya tidak diperpanjang jika ia mengeluh. Ia juga khawatir orang kantor akan
            berkata ia yang "memberi harapan".""",
        ),
        [
            "Termasuk jenis kekerasan seksual apa perbuatan atasan tersebut menurut UU TPKS?",
            "Mengapa ketakutan Tari tentang kontraknya membuat situasi ini semakin berat baginya?",
            "Apa yang dapat dilakukan Bu Yanti untuk mendukung Tari, dan layanan mana yang dapat dihubungi?",
        ],
        answer=ol(
            """Pesan bernada seksual yang terus dikirim tanpa dikehendaki adalah pelecehan seksual nonfisik
            (UU TPKS Pasal 4 ayat (1)). Bila pesannya memuat konten seksual lewat ponsel, dapat juga termasuk
            kekerasan seksual berbasis elektronik.""",
            """Pelaku adalah atasan yang ikut menentukan kontrak Tari. Ketimpangan kuasa ini membuat Tari
            takut menolak atau mengadu, dan membuat pelaku merasa aman.""",
            """Bu Yanti percaya dan tidak menyalahkan Tari, menyarankan Tari menyimpan tangkapan layar pesan
            beserta tanggalnya, dan menemaninya menghubungi SAPA 129 atau UPTD PPA. Kasus ini tidak boleh
            "didamaikan" di kantor. Keputusan langkah berikutnya dibicarakan bersama Tari.""",
        ),
    ),
    case_scenario(
        "Siswi yang akan dijodohkan",
        p(
            """Putri (16 tahun), siswi kelas X sebuah SMA, berkata kepada guru BK bahwa ia mungkin tidak
            melanjutkan sekolah semester depan. Orang tuanya sudah menerima lamaran dari keluarga seorang
            laki-laki dewasa dan berencana menikahkannya setelah ujian. Keluarga laki-laki itu sudah memberi
            uang kepada orang tuanya.""",
            "Putri ingin tetap sekolah, tetapi tidak berani menolak.",
        ),
        [
            """Mengapa rencana ini termasuk pemaksaan perkawinan menurut UU TPKS dan bertentangan dengan
            UU 16/2019?""",
            "Siapa saja di sekolah yang perlu dilibatkan, dan layanan apa yang dapat dihubungi?",
            """Mengapa guru BK sebaiknya menghubungi layanan lebih dulu sebelum membicarakan rencana ini
            dengan orang tua Putri?""",
        ],
        answer=ol(
            """Putri berusia 16 tahun, di bawah usia minimal menikah 19 tahun (UU 16/2019), dan ia tidak
            berani menolak. Uang dari keluarga laki-laki menambah tekanan. Dalam keadaan seperti ini,
            perkawinan anak dapat menjadi pemaksaan perkawinan menurut UU TPKS Pasal 10.""",
            """Guru BK melibatkan kepala sekolah dan TPPK, lalu menghubungi SAPA 129 atau UPTD PPA. Rencana
            ini juga dapat diteruskan kepada KUA atau Kantor Kementerian Agama, yang berperan dalam pencatatan
            perkawinan.""",
            """Orang tua Putri adalah pihak yang merencanakan perkawinan. Jika guru langsung menegur mereka,
            Putri dapat dimarahi, dikeluarkan dari sekolah, atau dinikahkan lebih cepat. Petugas layanan dapat
            menilai risikonya dan mengatur cara berbicara dengan keluarga yang aman bagi Putri.""",
        ),
    ),
    Help(),
)

QUESTIONS = (
    single(
        "Menurut Pasal 5 UU 23/2004 (PKDRT), bentuk kekerasan dalam rumah tangga adalah ...",
        topic="KDRT",
        choices=[
            no("Fisik, verbal, dan seksual saja"),
            no("Fisik dan seksual, karena keduanya meninggalkan bukti di tubuh"),
            ok("Fisik, psikis, seksual, dan penelantaran rumah tangga"),
            no("Fisik, psikis, dan seksual; penelantaran diatur dalam undang-undang lain"),
        ],
        explanation="""Pasal 5 UU PKDRT menyebut empat bentuk: kekerasan fisik, psikis, seksual, dan
        penelantaran
        rumah tangga. Kekerasan psikis dan penelantaran tetap kekerasan walaupun tidak meninggalkan luka.""",
    ),
    true_false(
        """Melarang istri bekerja sehingga ia bergantung secara ekonomi kepada suami dapat termasuk
        penelantaran
        rumah tangga.""",
        topic="KDRT",
        answer=True,
        explanation="""Pasal 9 UU PKDRT: penelantaran juga mencakup membatasi atau melarang seseorang bekerja
        sehingga ia bergantung secara ekonomi pada pelaku.""",
    ),
    multiple(
        """Manakah yang termasuk tindak pidana kekerasan seksual dalam Pasal 4 ayat (1) UU TPKS? Pilih semua
        yang benar.""",
        topic="TPKS",
        scoring="partial",
        choices=[
            ok("Pemaksaan perkawinan"),
            ok("Kekerasan seksual berbasis elektronik"),
            no("Pencemaran nama baik"),
            ok("Pelecehan seksual nonfisik"),
            no("Penipuan lewat internet"),
        ],
        explanation="""Pasal 4 ayat (1) UU TPKS menyebut sembilan tindak pidana, antara lain pelecehan seksual
        nonfisik, pemaksaan perkawinan, dan kekerasan seksual berbasis elektronik. Pencemaran nama baik dan
        penipuan diatur di aturan lain.""",
    ),
    single(
        "Berapa usia minimal untuk menikah menurut UU 16/2019?",
        topic="TPKS",
        choices=[
            no("16 tahun bagi perempuan dan 19 tahun bagi laki-laki"),
            ok("19 tahun bagi laki-laki dan perempuan"),
            no("18 tahun bagi laki-laki dan perempuan"),
            no("21 tahun bagi laki-laki dan perempuan"),
        ],
        explanation="""UU 16/2019 menetapkan usia minimal menikah 19 tahun, sama bagi laki-laki dan perempuan.
        Di bawah usia itu perkawinan hanya dapat dilangsungkan dengan dispensasi pengadilan, dan perkawinan
        anak
        dapat menjadi pemaksaan perkawinan menurut UU TPKS Pasal 10.""",
    ),
    true_false(
        """Pelecehan seksual oleh seorang guru dewasa terhadap rekan kerjanya sebaiknya diselesaikan secara
        kekeluargaan di sekolah agar nama baik sekolah terjaga.""",
        topic="TPKS",
        answer=False,
        explanation="""UU TPKS Pasal 23: perkara kekerasan seksual tidak dapat diselesaikan di luar proses
        peradilan, kecuali pelakunya anak. Sekolah tidak boleh "mendamaikan" kasus seperti ini.""",
    ),
    scenario(
        """Seorang ibu bercerita kepada staf kelurahan bahwa suaminya sering memukulnya. Semalam suaminya
        mengancam akan membunuhnya jika ia melapor. Ia takut pulang.""",
        "Apa tanggapan pertama yang paling tepat?",
        topic="KDRT",
        choices=[
            no(
                "Menasihatinya agar lebih sabar demi anak-anak dan keutuhan rumah tangga",
                "Nasihat seperti ini menaruh beban pada korban dan mengabaikan ancaman terhadap nyawanya.",
            ),
            no(
                "Memanggil suaminya ke kantor kelurahan agar keduanya berdamai di depan lurah",
                "Mempertemukan korban dengan pelaku yang mengancam dapat membahayakan korban.",
            ),
            no(
                """Menyarankannya pulang dulu, lalu menelepon SAPA 129 besok pagi jika suaminya masih
                mengancam""",
                """Menghubungi SAPA 129 memang tepat, tetapi ancaman pembunuhan adalah bahaya langsung;
                jangan menunda.""",
            ),
            ok("Mendengarkan, lalu bersamanya menghubungi polisi 110 atau SAPA 129"),
        ],
        explanation="""Ancaman pembunuhan adalah bahaya langsung. Dengarkan dengan tenang, percayai korban,
        dan bersamanya hubungi polisi (110) atau SAPA 129. Pasal 15 UU PKDRT mewajibkan setiap orang yang
        mengetahui KDRT untuk membantu sesuai kemampuannya.""",
    ),
    multiple(
        """Seorang rekan guru bercerita bahwa ia mengalami KDRT. Manakah tanggapan yang tepat? Pilih semua
        yang benar.""",
        topic="KDRT",
        scoring="all_or_nothing",
        choices=[
            ok("Mengatakan bahwa kekerasan itu bukan salahnya"),
            no(
                "Bertanya apa yang ia lakukan sampai suaminya marah",
                "Pertanyaan ini menyalahkan korban.",
            ),
            ok("Menanyakan apakah ia aman untuk pulang hari ini"),
            no(
                "Menceritakan masalahnya di grup WhatsApp guru agar semua ikut membantu",
                "Ini membuka rahasia korban kepada orang yang tidak perlu tahu.",
            ),
            ok("Memberi tahu bahwa layanan UPTD PPA tidak dipungut biaya"),
        ],
        explanation="""Tanggapan yang baik: percaya, tidak menyalahkan, memperhatikan keselamatan, dan
        memberi tahu layanan yang tersedia. Layanan UPTD PPA gratis. Kerahasiaan korban harus dijaga.""",
    ),
    single(
        """Orang tua menikahkan anak perempuannya yang berusia 15 tahun walaupun anak itu menolak. Menurut
        UU TPKS Pasal 10, perbuatan ini dapat termasuk ...""",
        topic="TPKS",
        choices=[
            ok("Pemaksaan perkawinan"),
            no("Pelanggaran adat yang cukup diselesaikan oleh tokoh masyarakat"),
            no("Urusan pribadi keluarga yang tidak diatur undang-undang"),
            no("Pelanggaran administrasi kependudukan"),
        ],
        explanation="""UU TPKS Pasal 10 mengatur pemaksaan perkawinan, yang dapat mencakup perkawinan anak,
        dengan ancaman pidana penjara paling lama 9 tahun dan/atau denda paling banyak Rp200 juta. Anak yang
        menolak tetapi tetap dinikahkan jelas dipaksa.""",
    ),
    true_false(
        """Menurut Pasal 15 UU PKDRT, setiap orang yang mengetahui KDRT wajib berbuat sesuai batas
        kemampuannya,
        misalnya mencegah dan memberi pertolongan darurat.""",
        topic="KDRT",
        answer=True,
        explanation="""Pasal 15 UU PKDRT: setiap orang yang mengetahui KDRT wajib, sesuai batas kemampuannya,
        mencegah, melindungi korban, memberi pertolongan darurat, dan membantu mengajukan permohonan
        perlindungan.""",
    ),
    scenario(
        """Seorang siswi kelas XI bercerita kepada wali kelasnya bahwa foto intimnya (foto tanpa busana)
        disebarkan oleh mantan pacarnya di grup media sosial. Mantan pacarnya juga mengancam akan menyebarkan
        video jika siswi itu
        tidak mau kembali kepadanya.""",
        "Termasuk apa perbuatan tersebut, dan apa yang sebaiknya dilakukan wali kelas?",
        topic="TPKS",
        choices=[
            no(
                "Kenakalan remaja biasa; cukup minta keduanya saling memaafkan",
                "Menyebarkan dan mengancam menyebarkan konten seksual adalah tindak pidana, bukan kenakalan.",
            ),
            ok("KSBE; wali kelas menenangkan siswi, tidak ikut membuka foto itu, lalu merujuk kasusnya"),
            no(
                "Pelanggaran tata tertib; siswi ditegur karena pernah mengirim foto",
                "Ini menyalahkan korban. Kesalahan ada pada orang yang menyebarkan dan mengancam.",
            ),
            no(
                """KSBE; wali kelas meminta siswi meneruskan foto itu kepadanya sebagai bukti, lalu melapor
                ke SAPA 129""",
                """Melapor memang tepat, tetapi jangan menyimpan atau meneruskan gambar intim, apalagi gambar
                anak. Catat akun, tautan, dan tanggalnya saja.""",
            ),
        ],
        explanation="""Menyebarkan atau mengancam menyebarkan foto atau video seksual tanpa persetujuan adalah
        kekerasan seksual berbasis elektronik (KSBE) menurut UU TPKS. Jangan menyalahkan korban dan jangan
        ikut membuka, menyimpan, atau meneruskan konten itu. Libatkan pihak sekolah yang menangani kekerasan
        dan rujuk ke
        SAPA 129 atau UPTD PPA.""",
    ),
)

MODULE = Module(
    slug="kekerasan-terhadap-perempuan",
    title="Mencegah kekerasan terhadap perempuan",
    summary=t(
        """Modul ini membahas bentuk kekerasan dalam rumah tangga (KDRT) dan kekerasan seksual menurut
        undang-undang, termasuk perkawinan anak sebagai bentuk pemaksaan perkawinan. Bapak/Ibu belajar
        mengenali perilaku yang termasuk kekerasan, memahami kewajiban setiap orang yang mengetahuinya, dan
        menanggapi perempuan yang bercerita dengan aman, hormat, dan tanpa menyalahkan."""
    ),
    outcomes=(
        "Menyebutkan empat bentuk KDRT menurut UU 23/2004 beserta contohnya.",
        "Mengenali sembilan tindak pidana kekerasan seksual dalam UU 12/2022 (UU TPKS).",
        t(
            """Menjelaskan mengapa perkawinan anak termasuk pemaksaan perkawinan dan berapa usia minimal
            menikah."""
        ),
        "Menanggapi perempuan yang bercerita tentang kekerasan dengan aman, hormat, dan tanpa menyalahkan.",
    ),
    reading_minutes=13,
    blocks=BLOCKS,
    quiz=Quiz(
        title="Kuis Modul 2: Mencegah kekerasan terhadap perempuan",
        instructions=t(
            """Jawab 10 pertanyaan berikut. Pada soal "pilih semua yang benar", jawaban bisa lebih dari satu.
            Nilai lulus 70. Setelah mengirim jawaban, Bapak/Ibu dapat membaca penjelasan setiap soal beserta
            dasar hukumnya."""
        ),
        questions=QUESTIONS,
    ),
)
