"""Module 5: reporting and referring cases (hotlines, UPTD PPA, notes, confidentiality)."""

from ..data import (
    Callout,
    Heading,
    Help,
    Module,
    Paragraph,
    Quiz,
    ReferralMap,
    case_scenario,
    multiple,
    no,
    ok,
    scenario,
    service,
    single,
    true_false,
)
from ..markup import ol, p, t, ul

BLOCKS = (
    Heading("Melapor adalah bagian dari perlindungan"),
    Paragraph(
        p(
            """Di modul-modul sebelumnya, Bapak/Ibu telah belajar mengenali TPPO, kekerasan terhadap perempuan
            dan anak, serta perlakuan terhadap anak yang berhadapan dengan hukum. Langkah berikutnya sama
            pentingnya: menghubungkan korban dengan layanan yang tepat, dengan cepat dan aman.""",
            """UPTD PPA Kota Lubuklinggau menangani 28 kasus pada 2023 dan 50 kasus pada 2024. UPTD PPA
            mengaitkan kenaikan ini dengan sosialisasi yang makin luas: makin banyak warga yang tahu ke mana
            harus
            melapor.
            Jadi, naiknya jumlah laporan tidak selalu berarti naiknya kekerasan; bisa juga berarti makin
            banyak
            korban dan saksi yang berani bersuara.""",
            """Melapor tidak menuntut Bapak/Ibu yakin seratus persen atau punya bukti lengkap. Menilai dan
            menyelidiki adalah tugas petugas layanan dan aparat penegak hukum. Tugas kita adalah menyampaikan
            apa yang kita lihat dan dengar, dengan jujur dan cepat.""",
        )
    ),
    Heading("Siapa yang boleh melapor"),
    Paragraph(
        p(
            """Siapa pun boleh melapor. Untuk kekerasan seksual, UU TPKS (UU 12/2022) menegaskan bahwa setiap
            orang yang mengetahui dapat melapor ke UPTD PPA, dinas sosial, lembaga penyedia layanan berbasis
            masyarakat, atau kepolisian. Pelapor tidak harus korban atau keluarganya.""",
            """Untuk KDRT, Pasal 15 UU PKDRT bahkan mewajibkan setiap orang yang mengetahuinya untuk berbuat
            sesuai kemampuannya, termasuk membantu korban mendapat perlindungan.""",
            """Di sekolah, ada juga jalur internal: Tim Pencegahan dan Penanganan Kekerasan (TPPK), yang
            dibahas
            di Modul 3. Jalur sekolah tidak menggantikan layanan di luar sekolah. Kasus berat, misalnya
            kekerasan seksual, tetap perlu segera dirujuk ke UPTD PPA atau polisi.""",
        )
    ),
    Heading("Layanan yang dapat dihubungi"),
    Heading("SAPA 129", "h3"),
    Paragraph(
        p(
            """SAPA 129 adalah layanan pengaduan Kementerian Pemberdayaan Perempuan dan Perlindungan Anak
            (KemenPPPA). Hubungi <b>telepon 129</b> atau <b>WhatsApp 08111-129-129</b>. Laporan dari SAPA 129
            diteruskan ke UPTD PPA di daerah untuk ditangani."""
        )
    ),
    Heading("UPTD PPA", "h3"),
    Paragraph(
        p(
            """UPTD PPA (Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak) adalah unit layanan
            pemerintah daerah bagi perempuan dan anak. <b>Layanannya gratis.</b> UPTD PPA menggantikan lembaga
            yang dulu dikenal sebagai P2TP2A, dan diatur dalam Peraturan Presiden Nomor 55 Tahun 2024.""",
            "Fungsi UPTD PPA:",
        )
        + ul(
            "menerima pengaduan;",
            "menjangkau korban, artinya petugas dapat datang menemui korban;",
            "mengelola kasus;",
            "menyediakan penampungan sementara;",
            "mediasi, tetapi tidak untuk perkara kekerasan seksual (lihat Modul 2);",
            "mendampingi korban.",
        )
        + p(
            """Di kota kita, layanan ini dijalankan oleh UPTD PPA Kota Lubuklinggau. Alamat dan kontaknya
            ada di peta rujukan di bawah; simpan di ponsel Bapak/Ibu."""
        )
    ),
    Heading("Polisi", "h3"),
    Paragraph(
        p(
            """Jika ada bahaya langsung, misalnya korban sedang diancam, disekap, atau akan dibawa pergi,
            hubungi <b>polisi di 110</b>. Kasus perempuan dan anak di kepolisian ditangani oleh Unit Pelayanan
            Perempuan dan Anak (Unit PPA) di Satuan Reserse Kriminal (Satreskrim) Polres Lubuklinggau."""
        )
    ),
    Heading("Layanan lain", "h3"),
    Paragraph(
        ul(
            """<b>LPSK (Lembaga Perlindungan Saksi dan Korban)</b>: layanan pengaduan <b>148</b>, untuk
            perlindungan
            saksi dan korban tindak pidana.""",
            """<b>KPAI (Komisi Perlindungan Anak Indonesia)</b>: WhatsApp <b>0811-1002-7727</b>, untuk
            pengaduan
            tentang pelanggaran hak anak.""",
            """<b>Kemnaker (Kementerian Ketenagakerjaan)</b>: <b>1500630</b>, untuk pertanyaan dan pengaduan
            ketenagakerjaan.""",
        )
        + p(
            """Untuk memeriksa tawaran kerja ke luar negeri, arahkan warga ke Dinas Tenaga Kerja (Disnaker)
            atau Layanan Terpadu Satu Atap (LTSA). Jika perlu menghubungi Kementerian Pelindungan Pekerja
            Migran Indonesia (KP2MI, dulu BP2MI), ambil nomor layanannya dari situs resmi kementerian dan
            periksa dulu sebelum membagikannya."""
        )
    ),
    Heading("Memilih jalur yang tepat"),
    Paragraph(
        p(
            """Tidak perlu hafal semua layanan. Yang penting, Bapak/Ibu tahu pintu pertama yang tepat.
            Petugas di
            pintu pertama akan membantu meneruskan kasus ke layanan lain bila perlu."""
        )
        + ul(
            """<b>Ada bahaya langsung</b> (ancaman, penyekapan, korban akan dibawa pergi): polisi di 110.""",
            """<b>Kekerasan terhadap perempuan atau anak</b>, tanpa bahaya langsung: SAPA 129 atau UPTD PPA
            Kota Lubuklinggau.""",
            """<b>Kejadian di sekolah</b>: TPPK sekolah, sekaligus SAPA 129 atau UPTD PPA untuk kasus berat.
            Di madrasah dan pesantren, libatkan juga Kantor Kementerian Agama.""",
            """<b>Saksi atau korban merasa terancam</b> karena perkaranya: LPSK di 148.""",
            "<b>Pelanggaran hak anak</b>: KPAI lewat WhatsApp 0811-1002-7727.",
            """<b>Tawaran kerja ke luar negeri yang meragukan</b>: periksa ke Disnaker atau LTSA; untuk urusan
            ketenagakerjaan, Kemnaker di 1500630. Jika ada tanda TPPO, laporkan ke polisi.""",
        )
    ),
    Heading("Siapa melakukan apa di Kota Lubuklinggau"),
    ReferralMap(
        t(
            """Satu kasus sering membutuhkan beberapa layanan. Peta ini menunjukkan peran masing-masing;
            kontaknya diisi dan diperbarui oleh DPPPAPM Kota Lubuklinggau."""
        ),
        (
            service(
                "uptd_ppa",
                "UPTD PPA Kota Lubuklinggau",
                """Pintu pertama untuk kekerasan terhadap perempuan dan anak: menerima pengaduan, menjangkau
                dan mendampingi korban, mengelola kasus, dan menyediakan penampungan sementara. Gratis.""",
            ),
            service(
                "unit_ppa",
                "Unit PPA Satreskrim Polres Lubuklinggau",
                """Menerima laporan polisi dan menangani perkara dengan korban perempuan atau anak, termasuk
                TPPO. Dalam bahaya langsung, hubungi 110.""",
            ),
            service(
                "dinsos",
                "Dinas Sosial dan pekerja sosial",
                """Rehabilitasi sosial korban dan keluarganya; pekerja sosial mendampingi anak, termasuk dalam
                musyawarah diversi.""",
            ),
            service(
                "bapas",
                "Balai Pemasyarakatan (Bapas)",
                """Pembimbing Kemasyarakatan mendampingi anak yang berkonflik dengan hukum selama proses,
                termasuk diversi.""",
            ),
            service(
                "disdik",
                "Dinas Pendidikan",
                """Membina sekolah dan TPPK-nya, dan membantu anak korban atau anak yang berhadapan dengan
                hukum tetap bersekolah.""",
            ),
            service(
                "kemenag",
                "Kantor Kementerian Agama dan KUA",
                """Membina madrasah dan pesantren, termasuk pencegahan kekerasan seksual di sana; KUA mencatat
                perkawinan dan ikut mencegah perkawinan anak.""",
            ),
            service(
                "disdukcapil",
                "Disdukcapil",
                """Dokumen kependudukan, misalnya akta kelahiran anak korban; tempat memastikan data seperti
                umur yang diduga dipalsukan.""",
            ),
            service(
                "disnaker",
                "Dinas Tenaga Kerja (Disnaker) dan LTSA",
                """Memeriksa apakah tawaran kerja ke luar negeri dan perusahaan penempatannya resmi, dan
                melayani proses penempatan yang resmi.""",
            ),
            service(
                "puskesmas",
                "Puskesmas dan rumah sakit",
                """Pertolongan medis, terutama dalam 72 jam setelah kekerasan seksual, dan layanan kesehatan
                jiwa atau rujukan ke psikolog.""",
            ),
            service(
                "patbm",
                "PATBM dan DRPPA di kelurahan",
                """Perlindungan Anak Terpadu Berbasis Masyarakat dan Desa/Kelurahan Ramah Perempuan dan Peduli
                Anak: relawan yang mengenal warga, membantu menjangkau keluarga dan mengantar korban ke
                layanan.""",
            ),
        ),
    ),
    Heading("Jika korban belum siap"),
    Paragraph(
        p(
            """Perempuan dewasa yang mengalami kekerasan kadang belum siap melapor. Ia mungkin takut,
            bergantung
            secara ekonomi pada pelaku, atau ingin memikirkan anak-anaknya dulu. Hormati itu, tetapi jangan
            menutup pintu. Berikan nomor layanan dengan cara yang aman, misalnya ditulis di kertas kecil,
            bukan
            dikirim ke ponsel yang mungkin diperiksa pelaku. Katakan bahwa ia boleh kembali kapan saja.""",
            """Ada dua keadaan yang tidak boleh ditunda: bahaya langsung, dan kekerasan terhadap anak. Dalam
            kedua keadaan itu, Bapak/Ibu tetap perlu menghubungi layanan, sambil menjelaskan dengan jujur
            kepada korban apa yang akan Bapak/Ibu lakukan dan mengapa.""",
        )
    ),
    Callout(
        "legal_basis",
        "Dasar hukum pelaporan dan layanan",
        ul(
            """UU 12/2022 (TPKS): setiap orang yang mengetahui kekerasan seksual dapat melapor ke UPTD PPA,
            dinas
            sosial, lembaga penyedia layanan berbasis masyarakat, atau kepolisian.""",
            """UU 23/2004 (PKDRT) Pasal 15: setiap orang yang mengetahui KDRT wajib, sesuai batas
            kemampuannya,
            mencegah, melindungi korban, memberi pertolongan darurat, dan membantu mengajukan permohonan
            perlindungan.""",
            "Perpres 55/2024: pengaturan tentang UPTD PPA.",
            """UU 35/2014 Pasal 17 ayat (2) dan Pasal 64: kerahasiaan anak korban dilindungi. UU 11/2012
            (SPPA) Pasal 19: identitas anak yang berhadapan dengan hukum dirahasiakan dalam pemberitaan.""",
            """UU 27/2022 (PDP) Pasal 4 ayat (2): data anak, data kesehatan, dan catatan kejahatan adalah data
            pribadi yang bersifat spesifik.""",
        ),
    ),
    Callout(
        "warning_signs",
        "Kapan harus bertindak segera",
        ul(
            "Korban sedang dalam bahaya: diancam, disekap, atau pelaku ada di dekatnya.",
            "Kekerasan seksual baru saja terjadi.",
            "Anak takut pulang, atau terduga pelaku tinggal serumah dengannya.",
            "Ada tanda seseorang melukai dirinya sendiri atau berbicara tentang bunuh diri.",
            """Seseorang akan segera diberangkatkan oleh perekrut, sedang ditampung di suatu tempat, atau
            paspornya ditahan.""",
        )
        + p(
            """Dalam keadaan seperti ini, jangan menunggu rapat atau izin berjenjang. Hubungi polisi di 110
            atau
            SAPA 129, lalu beri tahu pimpinan Bapak/Ibu. Setelah kekerasan seksual yang baru terjadi, antar
            korban ke fasilitas kesehatan lebih dulu. Jika seseorang berbicara tentang bunuh diri, jangan
            tinggalkan ia sendirian sampai ada orang lain atau petugas kesehatan yang mendampinginya.""",
            """<b>Jika korban disekap dan menghubungi Bapak/Ibu diam-diam</b>, jangan meneleponnya balik:
            dering atau suara telepon dapat membuatnya ketahuan. Balas singkat bila aman, misalnya "Pesan
            diterima, bantuan sedang dihubungi." Teruskan lokasi dan pesannya ke polisi di 110, dan jangan
            mendatangi tempat itu sendiri.""",
        ),
    ),
    Heading("Langkah melapor dan merujuk"),
    Paragraph(
        ol(
            """<b>Pastikan keselamatan.</b> Jika ada bahaya langsung, hubungi 110. Jika kekerasan seksual baru
            terjadi, antar korban ke fasilitas kesehatan.""",
            """<b>Dengarkan dan catat.</b> Tulis apa yang dilihat atau diceritakan, dengan kata-kata korban
            sendiri, beserta tanggal, jam, dan tempat.""",
            """<b>Bicarakan dengan korban.</b> Jelaskan siapa yang perlu tahu dan mengapa. Untuk korban
            dewasa, libatkan ia dalam keputusan. Untuk anak, jangan menjanjikan rahasia penuh, dan jika
            terduga
            pelaku mungkin anggota keluarga, jangan memberi tahu orang tua atau wali lebih dulu.""",
            """<b>Beri tahu pimpinan di tempat Bapak/Ibu</b>: kepala sekolah dan TPPK di sekolah, atau
            pimpinan
            di kantor kecamatan atau kelurahan.""",
            """<b>Hubungi layanan.</b> SAPA 129 atau UPTD PPA untuk kasus perempuan dan anak; polisi 110 untuk
            bahaya langsung; Disnaker atau LTSA untuk memeriksa tawaran kerja ke luar negeri.""",
            """<b>Serahkan catatan dan kontak</b> kepada petugas. Jangan menyelidiki sendiri dan jangan
            mendatangi pelaku.""",
            """<b>Tindak lanjuti dan dampingi.</b> Tanyakan kepada petugas apa yang dapat dilakukan sekolah
            atau
            kelurahan, misalnya membantu anak tetap bersekolah atau menjaga keselamatannya.""",
        )
    ),
    Heading("Apa yang terjadi setelah melapor", "h3"),
    Paragraph(
        p(
            """Setelah menerima laporan, petugas UPTD PPA akan mencatat pengaduan, dan bila perlu menjangkau
            korban, yaitu datang menemuinya. Kasus kemudian dikelola: korban dapat didampingi, ditempatkan di
            penampungan sementara bila tidak aman di rumah, dan dihubungkan dengan layanan lain, termasuk
            kepolisian jika perkaranya diproses secara hukum.""",
            """Bapak/Ibu mungkin tidak diberi tahu semua perkembangan kasus, karena kerahasiaan korban juga
            dijaga oleh petugas. Itu wajar. Jika Bapak/Ibu melihat hal baru, misalnya ancaman berulang,
            sampaikan kembali kepada petugas yang menangani.""",
        )
    ),
    Heading("Catatan yang baik"),
    Paragraph(
        p(
            """Catatan Bapak/Ibu membantu petugas memahami kasus tanpa membuat korban bercerita
            berulang-ulang.
            Catatan yang baik:"""
        )
        + ul(
            "ditulis sesegera mungkin;",
            "memuat tanggal, jam, tempat, dan siapa yang hadir;",
            "memakai kata-kata korban sendiri, di dalam tanda kutip;",
            "membedakan apa yang dilihat sendiri dari apa yang diceritakan orang lain;",
            """tidak berisi penilaian, seperti "anaknya memang suka mengarang" atau "ibunya terlalu
            sensitif";""",
            "disimpan dengan aman, tidak difoto dan tidak dibagikan di grup.",
            """hanya memuat yang diperlukan untuk menolong. Catatan kasus berisi data anak, data kesehatan,
            atau dugaan tindak pidana, yang menurut UU 27/2022 tentang Pelindungan Data Pribadi (UU PDP)
            termasuk data pribadi yang bersifat spesifik: simpan di tempat terkunci atau berkata sandi, dan
            serahkan hanya kepada petugas yang menangani.""",
        )
        + p(
            """Contoh catatan: <i>Senin, 10 Maret, pukul 09.30, di ruang BK. Hadir: N (kelas IV) dan wali
            kelas.
            N berkata, "Om suka pegang-pegang. Aku takut pulang." N menangis dan menunduk selama
            bercerita.</i>""",
            """Perhatikan bahwa contoh itu memakai inisial, mencatat kata-kata anak apa adanya, dan tidak
            menebak siapa "Om" yang dimaksud. Menebak dan memeriksa adalah tugas petugas.""",
        )
    ),
    Heading("Menjaga kerahasiaan"),
    Paragraph(
        p(
            """Kerahasiaan melindungi korban dari rasa malu, ancaman pelaku, dan gunjingan. Bagikan informasi
            hanya kepada orang yang perlu tahu untuk menolong. Jangan mengunggah nama, foto, alamat, atau
            cerita
            korban di media sosial, dan jangan membahasnya di grup WhatsApp. Untuk anak, kerahasiaan identitas
            dilindungi undang-undang (UU Perlindungan Anak, dan UU SPPA untuk pemberitaan), dan data
            pribadinya
            dilindungi UU PDP.""",
            """Di kantor pelayanan, bicaralah dengan korban di tempat yang tidak didengar orang yang sedang
            antre, dan simpan catatan di tempat yang tidak dapat dibaca orang lain.""",
        )
    ),
    Callout(
        "tips",
        "Siapkan jejaring rujukan di tempat Bapak/Ibu",
        ul(
            """Simpan nomor-nomor ini di ponsel: SAPA 129 (telepon 129, WhatsApp 08111-129-129), polisi
            110, LPSK
            148, KPAI (WhatsApp 0811-1002-7727), dan Kemnaker 1500630.""",
            """Simpan kontak UPTD PPA Kota Lubuklinggau dan Unit PPA Polres Lubuklinggau dari peta rujukan di
            atas. Jika kontaknya belum diisi, tanyakan lewat SAPA 129.""",
            "Tempel daftar layanan di ruang guru, ruang BK, dan kantor kelurahan.",
            "Sepakati di sekolah atau kantor siapa yang menjadi penghubung dengan layanan.",
            """Perkenalkan layanan ini kepada siswa dan warga, misalnya dalam upacara, rapat orang tua, atau
            pertemuan warga di kedelapan kecamatan. Makin banyak orang tahu, makin cepat korban tertolong.""",
        ),
    ),
    case_scenario(
        "Pesan pada malam hari",
        p(
            """Pukul sembilan malam, Bu Wulan, wali kelas XII di sebuah SMA di Kecamatan Lubuklinggau Barat I,
            menerima pesan dari mantan siswanya, Lina (18 tahun). Lina menulis bahwa ia dan beberapa perempuan
            lain sedang ditampung di sebuah rumah oleh "agen" yang menjanjikan kerja di luar negeri. Paspor
            mereka dipegang agen, dan mereka tidak boleh keluar rumah.""",
            """Lina mengirim lokasinya, lalu menulis, "Bu, jangan telepon, nanti ketahuan." """,
        ),
        [
            "Mengapa situasi Lina termasuk keadaan yang harus ditangani segera?",
            "Siapa yang pertama kali perlu dihubungi Bu Wulan, dan informasi apa yang perlu ia sampaikan?",
            "Bagaimana Bu Wulan membalas pesan Lina tanpa membahayakannya?",
        ],
        answer=ol(
            """Lina dan perempuan lain ditampung, paspornya ditahan, dan mereka tidak boleh keluar: ini tanda
            TPPO dengan bahaya langsung. Mereka dapat segera dipindahkan atau diberangkatkan.""",
            """Bu Wulan segera menghubungi polisi di 110 dan meneruskan lokasi yang dikirim Lina, isi pesan
            beserta jamnya, jumlah orang yang disebut Lina, dan bahwa paspor mereka ditahan. Ia dapat juga
            menghubungi SAPA 129, lalu memberi tahu kepala sekolah.""",
            """Ia <b>tidak menelepon</b> Lina, karena dering atau suara dapat membuat Lina ketahuan. Ia
            membalas singkat, misalnya "Pesan Ibu terima. Bantuan sedang Ibu hubungi," dan menyarankan Lina
            menghapus percakapan bila itu lebih aman. Ia tidak mendatangi rumah itu sendiri dan tidak
            menghubungi "agen".""",
        ),
    ),
    case_scenario(
        "Warga di meja pelayanan kecamatan",
        p(
            """Seorang perempuan datang ke kantor sebuah kecamatan untuk mengurus surat. Sambil menunggu, ia
            bertanya pelan kepada petugas, Pak Anton, apakah kantor kecamatan bisa "mengurus" suami yang
            sering
            memukulnya.""",
            """Ia tidak mau melapor ke polisi karena takut suaminya dipenjara dan tidak ada lagi yang
            menafkahi
            anak-anaknya. Ia juga mengira harus membayar mahal untuk mendapat bantuan.""",
        ),
        [
            """Layanan apa yang dapat Pak Anton perkenalkan, dan apa yang perlu perempuan itu ketahui tentang
            biayanya?""",
            "Bagaimana Pak Anton menghormati kekhawatiran perempuan itu tanpa mengabaikan keselamatannya?",
            "Informasi apa yang perlu Pak Anton catat, dan bagaimana ia menjaga kerahasiaannya di kantor?",
        ],
        answer=ol(
            """Pak Anton dapat memperkenalkan UPTD PPA Kota Lubuklinggau dan SAPA 129. Layanan UPTD PPA
            gratis, dan melapor ke layanan tidak sama dengan langsung memenjarakan suami: petugas membantu
            perempuan itu memahami pilihannya, termasuk pendampingan dan perlindungan.""",
            """Ia mendengarkan tanpa menghakimi, menanyakan apakah perempuan itu aman pulang hari ini, dan
            memberi nomor layanan dengan cara yang aman. Keputusan melapor tetap di tangan perempuan dewasa
            itu, kecuali ada bahaya langsung; dalam keadaan itu ia menghubungi 110.""",
            """Ia mencatat hanya yang perlu (tanggal, apa yang diceritakan dengan kata-kata perempuan itu,
            dan apa yang disarankan), berbicara di tempat yang tidak didengar orang yang antre, dan menyimpan
            catatan itu di tempat terkunci.""",
        ),
    ),
    case_scenario(
        "Ancaman lewat media sosial",
        p(
            """Seorang ibu datang ke kantor sebuah kelurahan di Kecamatan Lubuklinggau Selatan II. Anaknya,
            Tiara (14 tahun), berkenalan dengan seseorang lewat media sosial dan pernah mengirim foto intim.
            Kini orang itu mengancam akan menyebarkan foto tersebut jika Tiara tidak mengirim foto lagi.""",
            """Ibu itu menunjukkan tangkapan layar ancaman di ponselnya kepada Bu Dina, petugas kelurahan, dan
            bertanya apakah ia sebaiknya membalas pesan orang itu dengan marah.""",
        ),
        [
            "Layanan mana yang menjadi pintu pertama untuk kasus Tiara?",
            """Apa yang sebaiknya dilakukan dengan tangkapan layar itu, dan apa yang sebaiknya tidak
            dilakukan?""",
            "Bagaimana Bu Dina menenangkan ibu itu tanpa menyalahkan Tiara?",
        ],
        answer=ol(
            """Pintu pertama: SAPA 129 atau UPTD PPA Kota Lubuklinggau, yang dapat menghubungkan keluarga
            dengan Unit PPA Polres Lubuklinggau. Ini pemerasan seksual terhadap anak.""",
            """Tangkapan layar ancaman, nama akun, tautan profil, dan tanggalnya disimpan sebagai bukti dan
            diserahkan kepada petugas. Foto Tiara sendiri tidak disimpan, tidak diteruskan, dan tidak
            diperlihatkan kepada siapa pun, termasuk Bu Dina. Ibu Tiara tidak membalas pelaku dengan marah,
            tidak membayar, dan Tiara tidak mengirim foto lagi. Akun pelaku juga dilaporkan ke
            platformnya.""",
            """Bu Dina dapat berkata, "Tiara adalah korban. Yang salah adalah orang yang mengancam. Ibu sudah
            tepat datang ke sini." Ia menyarankan ibu itu mendampingi Tiara dengan tenang, tanpa memarahi atau
            menyita ponselnya sebagai hukuman.""",
        ),
    ),
    Help(),
)

QUESTIONS = (
    single(
        "Berapa nomor WhatsApp layanan SAPA 129?",
        topic="rujukan",
        choices=[
            no("0811-1002-7727", "Ini nomor WhatsApp KPAI."),
            ok("08111-129-129"),
            no("1500630", "Ini nomor layanan Kemnaker."),
            no("148", "Ini nomor layanan pengaduan LPSK."),
        ],
        explanation="""SAPA 129 (KemenPPPA) dapat dihubungi lewat telepon 129 atau WhatsApp 08111-129-129.
        Laporan diteruskan ke UPTD PPA di daerah.""",
    ),
    true_false(
        "Korban yang meminta bantuan UPTD PPA harus membayar biaya sesuai jenis layanannya.",
        topic="rujukan",
        answer=False,
        explanation="""Layanan UPTD PPA gratis, mulai dari menerima pengaduan sampai mendampingi korban.""",
    ),
    multiple(
        "Manakah yang termasuk fungsi UPTD PPA? Pilih semua yang benar.",
        topic="rujukan",
        scoring="partial",
        choices=[
            ok("Menerima pengaduan"),
            no("Menjatuhkan hukuman kepada pelaku", "Menjatuhkan hukuman adalah wewenang pengadilan."),
            ok("Menyediakan penampungan sementara"),
            ok("Mendampingi korban"),
            no("Menyelidiki dan menangkap pelaku", "Menyelidiki dan menangkap pelaku adalah tugas polisi."),
        ],
        explanation="""Fungsi UPTD PPA: menerima pengaduan, menjangkau korban, mengelola kasus, menyediakan
        penampungan sementara, mediasi (tidak untuk kekerasan seksual), dan mendampingi korban.""",
    ),
    single(
        "Jika korban sedang dalam bahaya langsung, nomor mana yang paling tepat dihubungi lebih dulu?",
        topic="rujukan",
        choices=[
            no("LPSK di 148"),
            no("Kemnaker di 1500630"),
            ok("Polisi di 110"),
            no("KPAI lewat WhatsApp"),
        ],
        explanation="""Bahaya langsung, misalnya korban diancam, disekap, atau akan dibawa pergi, ditangani
        polisi
        lewat 110. Layanan lain dihubungi setelah korban aman.""",
    ),
    true_false(
        """Menurut UU TPKS, setiap orang yang mengetahui kekerasan seksual dapat melapor, tidak hanya
        korban atau
        keluarganya.""",
        topic="TPKS",
        answer=True,
        explanation="""UU TPKS: setiap orang yang mengetahui kekerasan seksual dapat melapor ke UPTD PPA,
        dinas
        sosial, lembaga penyedia layanan berbasis masyarakat, atau kepolisian.""",
    ),
    scenario(
        """Seorang guru mendengar cerita siswi bahwa ia mengalami kekerasan seksual oleh tetangganya, seorang
        laki-laki dewasa, bulan lalu.
        Kepala sekolah menyarankan agar guru menunggu orang tua siswi datang minggu depan, lalu masalahnya
        "dibicarakan baik-baik" dengan keluarga tetangga itu.""",
        "Apa tanggapan yang paling tepat?",
        topic="rujukan",
        choices=[
            no(
                "Mengikuti saran kepala sekolah agar masalahnya selesai secara kekeluargaan",
                "Perkara kekerasan seksual oleh orang dewasa tidak boleh diselesaikan di luar peradilan.",
            ),
            no(
                "Menunggu orang tua siswi datang minggu depan, lalu bersama mereka melapor ke UPTD PPA",
                "Melapor ke UPTD PPA memang tepat, tetapi tidak perlu menunggu seminggu.",
            ),
            no(
                "Menyuruh siswi pergi sendiri ke kantor polisi untuk melapor",
                """Jangan biarkan anak menanggungnya sendirian; orang dewasa yang mengetahui perlu membantu
                merujuk.""",
            ),
            no(
                "Mengumumkan kejadian itu di rapat guru agar semua waspada terhadap tetangga itu",
                "Ini membuka identitas siswi kepada orang yang tidak perlu tahu.",
            ),
            ok(
                """Menjelaskan bahwa kasus ini tidak boleh didamaikan, lalu segera merujuk ke SAPA 129 atau
                UPTD PPA"""
            ),
        ],
        explanation="""UU TPKS Pasal 23: perkara kekerasan seksual tidak dapat diselesaikan di luar proses
        peradilan, kecuali pelakunya anak. Rujuk segera, dengan melibatkan kepala sekolah dan TPPK, tanpa
        menunggu dan tanpa "damai".""",
    ),
    single(
        "Manakah catatan guru yang paling baik untuk diserahkan kepada petugas layanan?",
        topic="rujukan",
        choices=[
            no("N memang suka mengarang cerita, jadi ceritanya perlu dicek lagi."),
            no("N sepertinya dilecehkan pamannya, karena keluarganya memang bermasalah."),
            ok("""Senin, 10 Maret, 09.30, ruang BK. N berkata, "Om suka pegang-pegang. Aku takut pulang."
            """),
            no("N bercerita soal masalah keluarga; detailnya tidak perlu ditulis."),
        ],
        explanation="""Catatan yang baik memuat tanggal, jam, tempat, dan kata-kata anak sendiri, tanpa
        penilaian
        atau tebakan. Catatan seperti itu membantu petugas tanpa membuat anak bercerita berulang-ulang.""",
    ),
    multiple(
        "Manakah cara yang tepat untuk menjaga kerahasiaan korban? Pilih semua yang benar.",
        topic="rujukan",
        scoring="all_or_nothing",
        choices=[
            ok("Hanya berbagi informasi dengan orang yang perlu tahu untuk menolong"),
            no(
                "Mengunggah cerita korban tanpa nama, tetapi dengan nama sekolahnya",
                "Nama sekolah dan cerita sudah cukup untuk membuat orang tahu siapa korbannya.",
            ),
            ok("Menyimpan catatan di tempat yang aman"),
            no("Memotret catatan, lalu mengirimkannya ke grup guru"),
            ok("Tidak membahas kasus di grup WhatsApp"),
        ],
        explanation="""Bagikan informasi hanya kepada orang yang perlu tahu, simpan catatan dengan aman,
        dan jangan
        membahas atau mengunggah kasus di grup dan media sosial. Identitas dan data anak dilindungi
        undang-undang (UU Perlindungan Anak dan UU PDP).""",
    ),
    true_false(
        "Laporan yang masuk ke SAPA 129 diteruskan ke UPTD PPA di daerah untuk ditangani.",
        topic="rujukan",
        answer=True,
        explanation="""SAPA 129 adalah layanan pengaduan KemenPPPA; kasusnya diteruskan ke UPTD PPA di daerah,
        di kota kita UPTD PPA Kota Lubuklinggau.""",
    ),
    scenario(
        """Pak Joko, staf kecamatan, mendapat kabar bahwa seorang remaja 17 tahun di wilayahnya akan
        diberangkatkan besok pagi oleh seorang "sponsor" untuk bekerja di luar negeri dengan visa turis.
        Keluarganya sudah menerima uang dari sponsor itu.""",
        "Apa langkah yang paling tepat?",
        topic="rujukan",
        choices=[
            ok("Segera melapor ke polisi di 110 atau SAPA 129, karena ada tanda TPPO dan korbannya anak"),
            no(
                """Menunggu remaja itu tiba di luar negeri, lalu meminta kabar dari keluarganya secara berkala
                setiap minggu""",
                "Setelah berangkat, anak jauh lebih sulit ditolong; tujuan eksploitasi saja sudah cukup.",
            ),
            no(
                "Mendatangi rumah sponsor bersama warga untuk menggagalkan keberangkatan",
                "Mendatangi pelaku dapat membahayakan warga dan anak itu.",
            ),
            no(
                "Menyarankan keluarga mengembalikan uang sponsor agar urusannya selesai",
                "Ini tidak menghentikan perekrutan dan tidak melindungi anak.",
            ),
            no(
                "Mengirim peringatan tentang sponsor itu ke grup WhatsApp warga, lalu melapor ke polisi",
                """Pesan di grup dapat sampai ke sponsor, yang lalu memberangkatkan anak lebih cepat atau
                bersembunyi.""",
            ),
        ],
        explanation="""Anak 17 tahun, visa turis untuk bekerja, dan uang untuk keluarga adalah tanda TPPO.
        Korban
        anak membuat ancaman pidana pelaku ditambah sepertiga (Pasal 17 UU 21/2007). Laporkan segera, tanpa
        mendatangi pelaku.""",
    ),
)

MODULE = Module(
    slug="melapor-dan-merujuk",
    title="Melapor dan merujuk kasus",
    summary=t(
        """Modul ini menjelaskan ke mana dan bagaimana melaporkan kekerasan terhadap perempuan dan anak serta
        TPPO: SAPA 129, UPTD PPA, polisi, LPSK, KPAI, dan Kemnaker. Bapak/Ibu berlatih memilih jalur yang
        tepat,
        menyiapkan catatan yang berguna, menjaga kerahasiaan korban, dan merujuk kasus dari sekolah atau
        kecamatan dengan cepat dan aman."""
    ),
    outcomes=(
        "Menyebutkan layanan pengaduan utama beserta nomornya, dan kapan masing-masing digunakan.",
        "Menjelaskan fungsi UPTD PPA dan bahwa layanannya gratis.",
        "Menyiapkan catatan dan laporan yang berguna tanpa membuka identitas korban.",
        "Merujuk kasus dari sekolah atau kecamatan dengan cepat, sambil menjaga keselamatan korban.",
    ),
    reading_minutes=14,
    blocks=BLOCKS,
    quiz=Quiz(
        title="Kuis Modul 5: Melapor dan merujuk kasus",
        instructions=t(
            """Jawab 10 pertanyaan berikut. Pada soal "pilih semua yang benar", jawaban bisa lebih dari satu.
            Nilai lulus 70. Setelah mengirim jawaban, Bapak/Ibu dapat membaca penjelasan setiap soal."""
        ),
        questions=QUESTIONS,
    ),
)
