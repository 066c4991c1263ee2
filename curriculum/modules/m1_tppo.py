"""Module 1: recognising trafficking in persons (TPPO) and how recruiters work."""

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
    Heading("Mengapa TPPO penting bagi kita"),
    Paragraph(
        p(
            """TPPO adalah singkatan dari <b>tindak pidana perdagangan orang</b>. Sederhananya, TPPO terjadi
            ketika seseorang direkrut, dipindahkan, atau ditampung dengan cara menipu atau menekan,
            <b>untuk dimanfaatkan</b> demi keuntungan orang lain. Korban diperlakukan seperti barang
            dagangan.""",
            """TPPO tidak hanya terjadi di kota besar atau di perbatasan negara. Data Polri mencatat 290 kasus
            TPPO dengan 3.104 korban pada 2023, dan 621 kasus dengan 1.794 korban pada 2024. Di balik setiap
            angka ada seseorang dengan keluarga, sekolah, dan kampung halaman.""",
            """Kota Lubuklinggau perlu waspada. Kota kita berada di Jalan Lintas Tengah Sumatera dan menjadi
            kota transit: banyak orang dan kendaraan singgah di sini sebelum melanjutkan perjalanan. Kota ini
            memiliki 8 kecamatan dan 72 kelurahan, dan di setiap kelurahan ada sekolah, keluarga, dan anak
            muda yang sedang mencari kerja.""",
            """Pada 16 Juni 2023, Polres Lubuklinggau membongkar sebuah rumah di Kelurahan Lubuk Tanjung,
            Kecamatan Lubuklinggau Barat I, yang dipakai untuk menampung calon pekerja migran. Orang yang
            ditampung seperti
            ini kemungkinan besar adalah korban atau <b>pekerja migran nonprosedural</b> (berangkat tidak
            melalui jalur resmi), bukan "pekerja ilegal". Peristiwa ini mengingatkan bahwa perekrut juga
            bekerja
            di sekitar kita, bukan hanya di tempat yang jauh.""",
            """Guru serta aparatur kecamatan dan kelurahan sering menjadi orang pertama yang melihat tanda
            bahaya: siswa yang tiba-tiba berhenti sekolah, orang tua yang bercerita tentang tawaran kerja,
            atau warga yang meminta surat keterangan dengan data yang janggal. Modul ini membantu Bapak/Ibu
            mengenali tanda-tanda itu dan tahu apa yang dapat dilakukan.""",
        )
    ),
    Heading("Tiga unsur TPPO"),
    Paragraph(
        p(
            """Undang-Undang Nomor 21 Tahun 2007 tentang Pemberantasan Tindak Pidana Perdagangan Orang
            (UU TPPO), Pasal 1 angka 1, menjelaskan TPPO melalui tiga unsur. Cara mudah mengingatnya:
            <b>proses</b>, <b>cara</b>, dan <b>tujuan</b>."""
        )
        + ol(
            """<b>Proses</b>, yaitu apa yang dilakukan terhadap korban: merekrut, mengangkut, menampung,
            mengirim, memindahkan, atau menerima seseorang.""",
            """<b>Cara</b>, yaitu bagaimana pelaku menguasai korban: ancaman atau kekerasan, penculikan,
            penyekapan, pemalsuan, penipuan, penyalahgunaan kekuasaan atau posisi rentan (misalnya
            memanfaatkan kemiskinan atau usia muda korban), penjeratan utang, atau memberi bayaran kepada
            orang yang memegang kendali atas korban.""",
            """<b>Tujuan</b>, yaitu untuk apa: eksploitasi, artinya memanfaatkan korban demi keuntungan
            pelaku, baik di dalam negeri maupun lintas negara.""",
        )
        + p(
            """Eksploitasi jauh lebih luas daripada pelacuran. Pasal 1 angka 7 UU TPPO menyebut, antara lain,
            pelacuran, kerja atau pelayanan paksa, perbudakan atau praktik serupa perbudakan, penindasan,
            pemerasan, pemanfaatan fisik, seksual, atau organ reproduksi, dan pengambilan organ tubuh untuk
            ditransplantasikan. Pertemuan lintas sektor DPPPAPM pada 3 November 2025 juga menegaskan hal ini:
            TPPO bukan hanya soal prostitusi. Pekerja rumah tangga yang tidak digaji dan tidak boleh pulang,
            atau pemuda yang dipaksa menjalankan penipuan daring, juga dapat menjadi korban TPPO.""",
            """Jika korbannya anak, perlindungannya lebih kuat. Menurut standar internasional yang juga
            tercermin dalam UU TPPO (misalnya Pasal 6 tentang membawa anak ke dalam atau ke luar negeri
            "dengan
            cara apa pun") dan UU 35/2014 Pasal 76F, perekrutan atau pemindahan anak untuk dieksploitasi pada
            umumnya sudah dapat dianggap perdagangan anak walaupun tidak ada ancaman, tipu daya, atau unsur
            cara lainnya. Jangan menunggu ada bukti paksaan bila korbannya anak; biarkan petugas yang
            menilai.""",
        )
        + p(
            """Hal penting yang sering terlewat: <b>tujuan saja sudah cukup</b>. Eksploitasi tidak harus sudah
            terjadi. Jika seseorang sudah direkrut atau ditampung dengan cara menipu, dan tujuannya untuk
            dieksploitasi, perbuatan itu sudah dapat disebut TPPO walaupun korban belum berangkat atau belum
            bekerja.""",
            """Contoh: seorang perekrut menjanjikan pekerjaan di restoran di luar negeri kepada lulusan SMA,
            memalsukan umurnya di dokumen, lalu menampungnya di sebuah rumah sambil menunggu keberangkatan.
            Prosesnya ada (merekrut dan menampung), caranya ada (menipu dan memalsukan), dan tujuannya
            eksploitasi. Kita tidak perlu menunggu korban tiba di luar negeri untuk melapor.""",
            """Perlu diingat juga: <b>persetujuan korban tidak menghapus kesalahan pelaku</b>. Banyak korban
            awalnya setuju berangkat karena percaya pada janji perekrut. Persetujuan yang didapat lewat tipu
            daya atau tekanan tidak membuat perbuatan pelaku menjadi sah. Karena itu, jangan pernah
            menyalahkan korban atau keluarganya karena "mau saja tertipu".""",
        )
    ),
    Callout(
        "legal_basis",
        "Dasar hukum: UU 21/2007 tentang Pemberantasan TPPO",
        ul(
            "Pasal 1 angka 1: pengertian TPPO dengan tiga unsur, yaitu proses, cara, dan tujuan.",
            """Pasal 1 angka 7: eksploitasi meliputi, antara lain, pelacuran, kerja atau pelayanan paksa,
            perbudakan atau praktik serupa perbudakan, dan pengambilan organ tubuh.""",
            """Pasal 2 sampai 4: ancaman pidana bagi pelaku. Dalam rumusan asli UU 21/2007, ancamannya
            3 sampai 15 tahun penjara dan denda Rp120 juta sampai Rp600 juta. <b>Perhatian:</b> KUHP baru
            (UU 1/2023) dapat mengubah sebagian ketentuan Pasal 2. Jangan menganggap angka ini final;
            periksa ketentuan terbaru sebelum mengutipnya.""",
            "Pasal 5: pengangkatan anak (adopsi) dengan tujuan eksploitasi juga dipidana.",
            "Pasal 16: pidana ditambah sepertiga jika dilakukan oleh kelompok yang terorganisasi.",
            "Pasal 17: pidana ditambah sepertiga jika korbannya anak.",
            "Pasal 18: korban yang dipaksa pelaku melakukan tindak pidana tidak dipidana.",
            "Pasal 26: persetujuan korban tidak menghilangkan tuntutan pidana terhadap pelaku.",
            """Pasal 48: korban berhak atas <b>restitusi</b>, yaitu ganti kerugian yang dibayar pelaku kepada
            korban.""",
        ),
    ),
    Heading("Modus yang sering dipakai pelaku"),
    Paragraph(
        p(
            """Modus operandi artinya cara kerja pelaku. Pelaku terus mengganti cara, tetapi polanya mirip:
            janji yang terlalu indah, biaya yang "semua ditanggung", dokumen yang tidak lengkap atau
            dipalsukan, dan utang yang mengikat korban."""
        )
    ),
    Heading("Lowongan kerja palsu di luar negeri", "h3"),
    Paragraph(
        p(
            """Tawaran biasanya datang dari perorangan lewat media sosial atau pesan berantai, bukan dari
            perusahaan resmi. Gajinya sangat tinggi dan syaratnya mudah. Calon pekerja diminta membayar biaya
            di muka, atau sebaliknya dijanjikan "semua ditanggung".""",
            """Calon pekerja diberangkatkan dengan visa turis, visa ziarah, atau visa umrah, bukan visa kerja.
            Tidak ada kontrak kerja yang bisa dibaca sebelum berangkat. Tanpa visa kerja dan kontrak, pekerja
            tidak punya pegangan ketika janji perekrut ternyata tidak ditepati.""",
        )
    ),
    Heading("Penipuan daring di luar negeri", "h3"),
    Paragraph(
        p(
            """Modus yang berkembang beberapa tahun terakhir adalah lowongan sebagai <i>customer service</i>
            (layanan pelanggan) atau "admin" di Kamboja, Myanmar, Laos, Filipina, dan negara lain. Di sana
            korban ditampung di kompleks
            tertutup dan dipaksa menjalankan penipuan lewat internet (<i>online scam</i>).""",
            """Menurut Kementerian Luar Negeri, kasus WNI yang terjerat modus ini naik dari 15 kasus pada 2020
            menjadi lebih dari 5.000 kasus pada 2024 (angka sampai November 2024, belum setahun penuh).
            Lowongan seperti ini terlihat menarik bagi anak
            muda yang pandai memakai komputer dan media sosial: kerja di kantor, gaji tinggi, berangkat
            cepat.""",
        )
    ),
    Heading("Jeratan utang dan paspor yang ditahan", "h3"),
    Paragraph(
        p(
            """Perekrut menalangi biaya perjalanan, pelatihan, atau dokumen, lalu menjadikannya utang. Korban
            harus bekerja untuk melunasi utang itu, dan utangnya sulit lunas. Paspor korban dipegang agen
            sehingga korban tidak bisa pergi atau pulang sendiri. Jeratan utang juga dapat dimulai dari
            kampung: keluarga yang sedang berutang lebih mudah menerima tawaran yang tampak menolong."""
        )
    ),
    Heading("Pengantin pesanan", "h3"),
    Paragraph(
        p(
            """Perempuan muda direkrut lewat makelar jodoh atau aplikasi untuk dinikahkan dengan laki-laki
            yang tidak mereka kenal, sering di tempat yang jauh. Keluarga menerima sejumlah uang, dan umur
            calon pengantin dipalsukan agar terlihat sudah dewasa. Di balik kata "jodoh", tujuan sebenarnya
            dapat berupa eksploitasi."""
        )
    ),
    Heading("Eksploitasi seksual, termasuk lewat internet", "h3"),
    Paragraph(
        p(
            """Anak dan remaja dapat dijerat lewat media sosial. Pelaku, misalnya orang dewasa yang mengaku
            sebagai "pacar" atau teman, membangun kedekatan, memberi hadiah atau pulsa, meminta anak
            merahasiakan hubungan, lalu meminta foto atau pertemuan. Proses membujuk anak seperti ini disebut
            <i>grooming</i> (bujuk rayu untuk tujuan seksual). Ada juga anak dan perempuan yang dijual lewat
            tawaran <i>open BO</i> di aplikasi atau media sosial. <i>Open BO</i> adalah istilah gaul untuk
            menawarkan layanan seksual berbayar secara terselubung."""
        )
    ),
    Heading("Bentuk lain yang perlu diketahui", "h3"),
    Paragraph(
        ul(
            """Pekerja rumah tangga dan pekerja migran: bentuk yang paling sering ditemukan.""",
            "Anak buah kapal (ABK) yang direkrut untuk bekerja di kapal.",
            """Program "magang" ke luar negeri yang ternyata palsu.""",
            "Perdagangan organ tubuh. Pada 2023 terungkap jaringan penjualan ginjal ke Kamboja.",
            "Pengangkatan anak (adopsi) yang dipakai sebagai kedok untuk eksploitasi.",
        )
    ),
    Callout(
        "warning_signs",
        "Tanda bahaya pada tawaran kerja",
        ul(
            "Tawaran datang dari perorangan di media sosial, bukan dari perusahaan resmi.",
            "Gaji sangat tinggi untuk pekerjaan yang mudah atau tanpa keahlian.",
            """Diminta membayar biaya di muka, atau dijanjikan "semua ditanggung" yang kemudian bisa
            berubah menjadi utang.""",
            "Berangkat dengan visa turis, ziarah, atau umrah, bukan visa kerja.",
            "Tidak ada perjanjian kerja tertulis yang bisa dibaca sebelum berangkat.",
            """Lowongan <i>customer service</i> atau "admin" di Kamboja, Myanmar, Laos, Filipina, atau
            negara lain lewat perekrut perorangan.""",
            """Paspor akan dipegang agen "supaya aman".""",
            "Diminta mengubah umur atau data di KTP, Kartu Keluarga, atau akta kelahiran.",
        )
        + p("""Semakin banyak tanda yang muncul bersamaan, semakin besar bahayanya."""),
    ),
    Heading("Bekerja ke luar negeri secara resmi"),
    Paragraph(
        p(
            """Bekerja di luar negeri bukan hal yang salah. Yang penting, jalurnya resmi. Undang-Undang Nomor
            18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia mengatur syarat dan jalurnya. Dengan
            mengetahui aturan ini, Bapak/Ibu dapat membantu siswa dan warga membedakan tawaran yang aman dari
            yang berbahaya. Ketentuannya dapat berubah, jadi periksa ketentuan terbaru tentang syarat dan
            ancaman pidananya.""",
            "Syarat calon pekerja migran antara lain:",
        )
        + ul(
            "berusia paling rendah 18 tahun;",
            "sehat jasmani dan rohani;",
            "memiliki kompetensi (keterampilan) yang dibutuhkan;",
            "terdaftar sebagai peserta jaminan sosial;",
            """dokumennya lengkap, termasuk surat izin keluarga yang diketahui kepala desa atau lurah, visa
            kerja, perjanjian penempatan, dan perjanjian kerja.""",
        )
        + p("Penempatan pekerja migran hanya boleh dilakukan oleh:")
        + ul(
            "pemerintah, melalui kerja sama antarpemerintah (G-to-G);",
            "perusahaan penempatan pekerja migran Indonesia (P3MI) yang berizin; atau",
            "perusahaan yang menempatkan pekerjanya sendiri ke luar negeri.",
        )
        + p(
            """Prosesnya diurus melalui Layanan Terpadu Satu Atap (LTSA) atau Dinas Tenaga Kerja (Disnaker).
            Orang perseorangan dilarang menempatkan pekerja migran. Calon pekerja juga tidak boleh dibebani
            biaya penempatan.""",
            """Lembaga yang dulu bernama BP2MI kini menjadi Kementerian Pelindungan Pekerja Migran Indonesia
            (KP2MI). Jika ragu tentang sebuah tawaran, sarankan siswa atau warga bertanya langsung ke Disnaker
            atau LTSA sebelum membayar apa pun atau menyerahkan dokumen.""",
        )
    ),
    Callout(
        "legal_basis",
        "Dasar hukum: UU 18/2017 tentang Pelindungan Pekerja Migran Indonesia",
        ul(
            """Calon pekerja migran paling rendah berusia 18 tahun, sehat, kompeten, terdaftar jaminan sosial,
            dan dokumennya lengkap, termasuk surat izin keluarga yang diketahui kepala desa atau lurah, visa
            kerja, perjanjian penempatan, dan perjanjian kerja.""",
            """Penempatan hanya oleh pemerintah (G-to-G), P3MI berizin, atau perusahaan untuk pekerjanya
            sendiri, dan diproses melalui LTSA atau Disnaker.""",
            """Orang perseorangan yang menempatkan pekerja migran diancam pidana penjara paling lama 10 tahun
            dan denda paling banyak Rp15 miliar.""",
            "Pasal 30: pekerja migran tidak boleh dibebani biaya penempatan.",
        )
        + p(
            """Ketentuan UU 18/2017 dapat berubah. Periksa ketentuan terbaru sebelum mengutip syarat dan
            ancaman pidana di atas."""
        ),
    ),
    Heading("Tanda yang mungkin terlihat di sekolah atau kelurahan"),
    Callout(
        "warning_signs",
        "Tanda pada siswa, keluarga, atau warga",
        ul(
            """Siswa bercerita tentang "agen" atau "sponsor" yang menawarkan kerja atau jodoh di luar negeri
            begitu ia lulus.""",
            """Ada permintaan mengubah umur atau data di dokumen kependudukan, atau meminta surat keterangan
            yang tidak sesuai data.""",
            "Siswa atau remaja tiba-tiba mengurus paspor.",
            "Keluarga menerima uang tunai dari perekrut.",
            """Siswa mendapat hadiah dari "pacar" daring yang jauh lebih tua.""",
            "Siswa tiba-tiba sering tidak masuk atau berhenti sekolah.",
            "Keluarga sedang terlilit utang.",
            "Kakak atau saudara siswa bekerja di luar negeri tanpa dokumen resmi.",
        )
        + p(
            """Satu tanda saja belum tentu berarti TPPO. Namun beberapa tanda yang muncul bersamaan perlu
            ditanggapi dengan serius dan segera."""
        ),
    ),
    Heading("Apa yang dapat Bapak/Ibu lakukan"),
    Callout(
        "tips",
        "Langkah pencegahan sehari-hari",
        ul(
            """Bicarakan modus TPPO di kelas, rapat orang tua, atau pertemuan warga, terutama menjelang
            kelulusan, ketika banyak anak muda mulai mencari kerja.""",
            """Ajak siswa dan warga memeriksa tawaran kerja ke luar negeri melalui Disnaker atau LTSA sebelum
            membayar atau menyerahkan dokumen.""",
            """Jangan menandatangani atau mengeluarkan surat keterangan dengan data yang tidak benar, termasuk
            umur, walaupun diminta dengan alasan kasihan.""",
            """Perhatikan siswa yang tiba-tiba tidak masuk. Hubungi keluarganya dan tanyakan dengan ramah,
            tanpa menuduh. Namun jika keluarga sendiri tampak terlibat, misalnya sudah menerima uang dari
            perekrut, jangan membahas kecurigaan Bapak/Ibu dengan keluarga: laporkan langsung ke SAPA 129 atau
            polisi.""",
            """Jika ada tanda bahaya, jangan menyelidiki sendiri dan jangan mendatangi perekrut. Hubungi
            polisi di 110 jika ada bahaya langsung, atau SAPA 129 jika korbannya perempuan atau anak. Jika
            seseorang sedang disekap dan menghubungi Bapak/Ibu diam-diam, jangan meneleponnya balik: teruskan
            lokasinya ke polisi di 110. Modul 5 membahas cara melapor dan merujuk.""",
            """Ingat bahwa korban bukan pelaku. Sambut korban yang kembali dengan hormat, tanpa gunjingan.""",
        ),
    ),
    case_scenario(
        """Lowongan "admin" di luar negeri""",
        p(
            """Rani (18 tahun) baru lulus dari sebuah SMK di Kecamatan Lubuklinggau Timur II. Ketika datang ke
            sekolah untuk mengambil ijazah, ia bercerita kepada wali kelasnya, Pak Hendra, bahwa ia akan
            berangkat bekerja minggu depan.""",
            """Lowongannya ia temukan di Facebook: posisi "admin" di Kamboja, tanpa pengalaman, dengan gaji
            jauh lebih tinggi daripada gaji di Lubuklinggau. Seorang "sponsor" yang ia kenal lewat pesan akan
            mengurus semuanya. Tiket dan penginapan "ditanggung", nanti dipotong dari gaji. Ia akan berangkat
            dengan visa turis karena "visa kerja diurus di sana". Kontrak kerja belum ada; katanya akan
            ditandatangani setelah tiba.""",
            """Rani sangat bersemangat. Ibunya sakit, dan ia ingin membantu keluarga.""",
        ),
        [
            "Tanda bahaya apa saja yang Bapak/Ibu temukan dalam cerita Rani?",
            """Bagaimana Pak Hendra dapat berbicara dengan Rani tanpa membuatnya merasa disalahkan atau
            dipermalukan?""",
            "Ke mana Rani dan keluarganya dapat memeriksa apakah lowongan ini resmi?",
        ],
        answer=ol(
            """Tanda bahaya: lowongan dari perorangan di Facebook, gaji sangat tinggi tanpa pengalaman, posisi
            "admin" di Kamboja, biaya "ditanggung" lalu dipotong dari gaji (bibit jeratan utang), visa turis
            untuk bekerja, dan tidak ada kontrak sebelum berangkat.""",
            """Pak Hendra dapat mulai dengan menghargai niat Rani membantu ibunya, lalu bertanya dengan tenang
            apa saja yang ia ketahui tentang pekerjaan itu. Ia menyampaikan tanda-tanda bahaya sebagai
            informasi, bukan sebagai tuduhan bahwa Rani bodoh atau mudah tertipu.""",
            """Rani dan keluarganya dapat memeriksa ke Disnaker atau LTSA sebelum membayar apa pun atau
            menyerahkan dokumen. Jika Rani tetap akan diberangkatkan oleh sponsor itu, Pak Hendra dapat
            menghubungi SAPA 129 atau polisi.""",
        ),
    ),
    case_scenario(
        "Permintaan surat di kantor kelurahan",
        p(
            """Bu Sari bekerja di kantor sebuah kelurahan di Kecamatan Lubuklinggau Utara I. Suatu pagi,
            seorang bapak datang bersama putrinya, Dewi. Menurut Kartu Keluarga, Dewi berusia 16 tahun. Bapak
            itu meminta surat izin keluarga yang diketahui lurah karena Dewi akan "dibawa sponsor" bekerja
            sebagai pekerja rumah tangga di luar negeri.""",
            """Ketika Bu Sari menyebut umur Dewi, bapak itu berkata bahwa sponsor sudah menyarankan agar umur
            Dewi "disesuaikan" menjadi 19 tahun. Sponsor juga sudah memberi keluarga uang tunai. Keluarga itu
            sedang punya utang, dan bapak itu terlihat cemas. Dewi sendiri diam saja dan menunduk.""",
        ),
        [
            "Unsur TPPO apa (proses, cara, tujuan) yang mungkin sudah ada dalam situasi ini?",
            """Mengapa Bu Sari tidak boleh mengeluarkan surat dengan umur yang diubah, walaupun keluarga
            setuju?""",
            """Apa yang dapat Bu Sari sampaikan kepada bapak itu dengan hormat, dan kepada siapa ia perlu
            melapor?""",
        ],
        answer=ol(
            """Proses: Dewi sedang direkrut oleh sponsor. Cara: pemalsuan umur, dan uang yang diberikan kepada
            keluarga yang sedang berutang. Tujuan: bekerja di luar negeri lewat sponsor perorangan, yang dapat
            berujung pada eksploitasi. Karena Dewi masih anak, petugaslah yang menilai unsur cara; Bu Sari
            tidak perlu membuktikan paksaan.""",
            """Surat dengan umur yang diubah adalah pemalsuan data, dan justru membuka jalan bagi perdagangan
            anak. Persetujuan keluarga tidak mengubah hal itu, dan anak 16 tahun belum memenuhi syarat usia
            pekerja migran.""",
            """Bu Sari dapat menolak dengan sopan, menjelaskan bahwa surat harus sesuai data dan bahwa bekerja
            ke luar negeri hanya lewat jalur resmi. Ia tidak membahas kecurigaannya tentang sponsor dengan
            keluarga, tetapi segera memberi tahu lurah dan melapor ke SAPA 129 atau polisi, karena keluarga
            sudah menerima uang dan Dewi mungkin akan segera dibawa.""",
        ),
    ),
    Heading("Kita tidak bekerja sendiri"),
    Paragraph(
        p(
            """Pemerintah membentuk Gugus Tugas Pencegahan dan Penanganan TPPO (Gugus Tugas PP-TPPO)
            berdasarkan Peraturan Presiden Nomor 69 Tahun 2008, yang telah diubah dengan Perpres 22/2021 dan
            Perpres 49/2023. Gugus tugas kota dibiayai dari APBD (anggaran pendapatan dan belanja daerah).""",
            """Sekolah, kecamatan, dan kelurahan adalah mata dan telinga di lapangan. Laporan Bapak/Ibu dapat
            menjadi awal perlindungan bagi seseorang, sebelum ia berangkat dan sebelum eksploitasi
            terjadi.""",
        )
    ),
    Help(),
)

QUESTIONS = (
    single(
        "Menurut UU 21/2007, tiga unsur tindak pidana perdagangan orang (TPPO) adalah ...",
        topic="modus TPPO",
        choices=[
            no("Pelaku, korban, dan saksi"),
            ok("Proses, cara, dan tujuan"),
            no("Perekrutan, keberangkatan, dan kepulangan"),
            no("Niat, perbuatan, dan kerugian"),
        ],
        explanation="""Pasal 1 angka 1 UU 21/2007 merumuskan TPPO melalui proses (misalnya merekrut atau
        menampung), cara (misalnya menipu atau menjerat utang), dan tujuan (eksploitasi).""",
    ),
    true_false(
        """Seseorang direkrut lewat tipu daya dan ditampung untuk dipekerjakan secara paksa, tetapi belum
        sempat bekerja. Perbuatan perekrutnya sudah dapat disebut TPPO.""",
        topic="modus TPPO",
        answer=True,
        explanation="""Proses (merekrut, menampung) dan cara (tipu daya) sudah ada, dan tujuannya eksploitasi.
        Eksploitasi tidak harus sudah terjadi. Karena itu, kita tidak perlu menunggu korban tiba di tempat
        tujuan untuk melapor.""",
    ),
    multiple(
        "Manakah yang termasuk tanda bahaya pada tawaran kerja ke luar negeri? Pilih semua yang benar.",
        topic="modus TPPO",
        scoring="all_or_nothing",
        choices=[
            ok("Berangkat dengan visa turis atau umrah untuk bekerja"),
            no(
                "Proses diurus melalui LTSA atau Disnaker",
                "Ini justru jalur resmi menurut UU 18/2017.",
            ),
            ok("Diminta membayar biaya di muka kepada perorangan"),
            ok("Tidak ada perjanjian kerja sebelum berangkat"),
            no(
                "Calon pekerja diminta menandatangani perjanjian kerja sebelum berangkat",
                "Perjanjian kerja sebelum berangkat adalah syarat jalur resmi, bukan tanda bahaya.",
            ),
        ],
        explanation="""Visa nonkerja, biaya di muka kepada perorangan, dan tidak adanya kontrak adalah modus
        lowongan kerja palsu. Jalur resmi diurus melalui LTSA atau Disnaker dan memakai perjanjian kerja yang
        ditandatangani sebelum berangkat (UU 18/2017).""",
    ),
    single(
        "Menurut UU 21/2007, tujuan eksploitasi dalam TPPO mencakup ...",
        topic="modus TPPO",
        choices=[
            no("Pelacuran saja, karena TPPO adalah kejahatan seksual"),
            no("Pelacuran dan kerja paksa, tetapi tidak pengambilan organ"),
            no("Semua pekerjaan di luar negeri yang gajinya rendah"),
            ok("Antara lain pelacuran, kerja paksa, perbudakan, dan pengambilan organ tubuh"),
        ],
        explanation="""Pasal 1 angka 7 UU 21/2007: eksploitasi jauh lebih luas daripada pelacuran, antara lain
        kerja atau pelayanan paksa, perbudakan atau praktik serupa perbudakan, dan transplantasi organ. Gaji
        rendah saja belum tentu eksploitasi.""",
    ),
    scenario(
        """Seorang siswi kelas XI bercerita kepada gurunya bahwa ia berkenalan dengan laki-laki dewasa lewat
        media sosial. Laki-laki itu sering mengirim pulsa dan hadiah, memintanya merahasiakan hubungan
        mereka, dan kini mengajaknya bertemu di luar kota.""",
        "Apa langkah yang paling tepat bagi guru tersebut?",
        topic="modus TPPO",
        choices=[
            no(
                "Menyuruh siswi memblokir akun itu, lalu menganggap masalahnya sudah selesai",
                "Memblokir akun belum menjamin siswi aman; pelaku dapat mendekat dengan akun lain.",
            ),
            no(
                "Menghubungi laki-laki itu sendiri untuk memperingatkannya agar menjauh",
                "Mendatangi atau menghubungi pelaku dapat membahayakan siswi.",
            ),
            no(
                """Menunggu seminggu untuk melihat apakah laki-laki itu benar-benar datang, lalu melapor ke
                SAPA 129""",
                "Melapor memang tepat, tetapi menunggu berarti membiarkan siswi dalam bahaya.",
            ),
            no(
                """Melapor ke SAPA 129, lalu mengirim foto akun laki-laki itu ke grup orang tua agar semua
                waspada""",
                "Menyebarkan di grup dapat membuka identitas siswi dan memperingatkan pelaku.",
            ),
            ok("Menanggapi dengan tenang, menjaga keselamatan siswi, lalu merujuk ke SAPA 129"),
        ],
        explanation="""Hadiah, permintaan merahasiakan hubungan, dan ajakan bertemu dari orang dewasa
        adalah pola bujuk rayu (grooming) yang dapat berujung pada eksploitasi seksual atau perdagangan anak.
        Guru tidak menyelidiki
        sendiri dan tidak menghubungi pelaku, tetapi menjaga keselamatan siswi dan merujuk dengan cepat.""",
    ),
    true_false(
        "Jika korban awalnya setuju untuk berangkat, pelaku tidak dapat dipidana karena TPPO.",
        topic="modus TPPO",
        answer=False,
        explanation="""Pasal 26 UU 21/2007: persetujuan korban tidak menghilangkan tuntutan pidana.
        Persetujuan
        yang didapat lewat tipu daya atau tekanan tidak membuat perbuatan pelaku menjadi sah.""",
    ),
    multiple(
        "Siapa saja yang boleh menempatkan pekerja migran menurut UU 18/2017? Pilih semua yang benar.",
        topic="modus TPPO",
        scoring="partial",
        choices=[
            ok("Pemerintah, melalui kerja sama antarpemerintah (G-to-G)"),
            no("Sponsor perorangan yang sudah dikenal keluarga"),
            ok("Perusahaan penempatan pekerja migran (P3MI) yang berizin"),
            ok("Perusahaan yang menempatkan pekerjanya sendiri"),
            no("Agen yang membuka lowongan di grup media sosial"),
        ],
        explanation="""Penempatan hanya oleh pemerintah, P3MI berizin, atau perusahaan untuk pekerjanya
        sendiri,
        melalui LTSA atau Disnaker. Orang perseorangan dilarang menempatkan pekerja migran dan diancam pidana
        penjara paling lama 10 tahun serta denda paling banyak Rp15 miliar. Ketentuan ini dapat berubah:
        periksa
        ketentuan terbaru.""",
    ),
    single(
        """Seorang korban TPPO dipaksa perekrutnya membawa dokumen palsu. Menurut Pasal 18 UU 21/2007,
        bagaimana kedudukannya?""",
        topic="modus TPPO",
        choices=[
            no("Ia tetap dipidana karena membawa dokumen palsu"),
            no("Ia dipidana setengah dari ancaman biasa"),
            ok("Ia tidak dipidana karena dipaksa oleh pelaku"),
            no("Ia hanya dipidana jika sudah berusia 18 tahun"),
        ],
        explanation="""Pasal 18 UU 21/2007: korban yang dipaksa pelaku TPPO melakukan tindak pidana tidak
        dipidana. Korban diperlakukan sebagai korban, bukan pelaku.""",
    ),
    true_false(
        """Orang-orang yang ditemukan ditampung perekrut di sebuah rumah transit sebaiknya diperlakukan
        sebagai pelaku, karena mereka "pekerja ilegal".""",
        topic="modus TPPO",
        answer=False,
        explanation="""Mereka kemungkinan besar korban TPPO atau pekerja migran nonprosedural, yaitu orang
        yang
        berangkat tidak melalui jalur resmi. Pasal 18 UU 21/2007: korban yang dipaksa melakukan tindak pidana
        tidak dipidana.""",
    ),
    scenario(
        """Pak Budi, staf kecamatan, mendengar dari warga bahwa beberapa pemuda dari kelurahan sekitar sedang
        ditampung di sebuah rumah sambil menunggu diberangkatkan ke luar negeri oleh seorang "bos". Paspor
        mereka dipegang "bos" itu, dan pintu rumah dikunci dari luar pada malam hari.""",
        "Apa yang sebaiknya dilakukan Pak Budi?",
        topic="rujukan",
        choices=[
            ok("Segera melapor ke polisi di 110 dan menceritakan apa yang ia dengar"),
            no(
                "Mendatangi rumah itu bersama warga untuk meminta paspor dikembalikan",
                "Mendatangi pelaku dapat membahayakan warga maupun para pemuda itu.",
            ),
            no(
                "Menunggu sampai para pemuda itu berangkat, lalu menghubungi keluarganya",
                "Setelah berangkat, korban jauh lebih sulit ditolong.",
            ),
            no(
                """Melaporkannya kepada camat secara tertulis dan menunggu rapat minggu depan sebelum
                menghubungi polisi""",
                """Melapor ke pimpinan baik, tetapi penyekapan adalah bahaya langsung yang tidak boleh
                menunggu rapat.""",
            ),
        ],
        explanation="""Penampungan, paspor yang ditahan, dan penyekapan adalah tanda TPPO dengan bahaya
        langsung.
        Laporkan segera ke polisi (110) tanpa menyelidiki atau mendatangi tempat itu sendiri.""",
    ),
)

MODULE = Module(
    slug="mengenali-tppo",
    title="Mengenali TPPO dan modus operandinya",
    summary=t(
        """Modul ini menjelaskan apa itu tindak pidana perdagangan orang (TPPO), tiga unsurnya, dan cara-cara
        yang sering dipakai pelaku untuk menjerat korban, mulai dari lowongan kerja palsu di media sosial
        sampai penipuan daring di luar negeri. Bapak/Ibu juga belajar membedakan jalur kerja ke luar negeri
        yang resmi dari yang berisiko, serta mengenali tanda-tanda awal pada siswa dan warga."""
    ),
    outcomes=(
        "Menjelaskan tiga unsur TPPO (proses, cara, dan tujuan) dengan bahasa sendiri.",
        t(
            """Mengenali modus perekrutan yang sering dipakai pelaku, termasuk lowongan kerja palsu dan
            penipuan daring di luar negeri."""
        ),
        "Membedakan jalur kerja ke luar negeri yang resmi dari jalur yang berisiko.",
        t(
            """Mengenali tanda-tanda awal pada siswa, keluarga, atau warga yang mungkin sedang direkrut, dan
            mengambil langkah pertama yang aman."""
        ),
    ),
    reading_minutes=15,
    blocks=BLOCKS,
    quiz=Quiz(
        title="Kuis Modul 1: Mengenali TPPO",
        instructions=t(
            """Jawab 10 pertanyaan berikut. Bacalah setiap pertanyaan dengan teliti; pada soal "pilih semua
            yang benar", jawaban bisa lebih dari satu. Nilai lulus 70. Setelah mengirim jawaban, Bapak/Ibu
            dapat membaca penjelasan setiap soal."""
        ),
        questions=QUESTIONS,
    ),
)
