"""Module 4: children in contact with the law (ABH) under the juvenile justice law (UU SPPA)."""

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
    Heading("Anak tetap anak"),
    Callout(
        "tips",
        "Sebelum mulai: jaga diri Bapak/Ibu",
        p(
            """Modul ini membahas anak yang menjadi korban, saksi, atau terduga pelaku tindak pidana. Sebagian
            dari kita pernah mengalami kekerasan sendiri atau dekat dengan anak yang mengalaminya. Jika bacaan
            ini terasa berat, berhentilah sejenak dan lanjutkan kapan saja. Layanan di akhir modul, seperti
            SAPA 129 dan UPTD PPA, terbuka juga untuk Bapak/Ibu sendiri."""
        ),
    ),
    Paragraph(
        p(
            """Suatu hari Bapak/Ibu mungkin mendengar bahwa seorang siswa dibawa ke kantor polisi, menjadi
            korban
            perkelahian yang dilaporkan ke polisi, atau diminta menjadi saksi. Dalam situasi seperti itu, anak
            tetaplah anak. Ia masih tumbuh, masih dapat belajar dari kesalahan, dan masih membutuhkan sekolah,
            keluarga, dan lingkungannya.""",
            """Karena itu, Indonesia memiliki aturan khusus: Undang-Undang Nomor 11 Tahun 2012 tentang Sistem
            Peradilan Pidana Anak (UU SPPA). Aturan ini membedakan cara menangani anak dari cara menangani
            orang
            dewasa.""",
            """Guru dan aparatur kecamatan tidak memutus perkara. Namun sikap Bapak/Ibu dapat memengaruhi
            banyak
            hal: apakah anak tetap mau bersekolah, apakah nama dan wajahnya tersebar, dan apakah keluarganya
            memahami apa yang sedang terjadi.""",
        )
    ),
    Heading("Tiga kelompok anak yang berhadapan dengan hukum"),
    Paragraph(
        p("UU SPPA menyebut anak yang berhadapan dengan hukum (ABH) dalam tiga kelompok:")
        + ul(
            """<b>Anak yang berkonflik dengan hukum</b>: anak berusia 12 tahun sampai belum 18 tahun yang
            diduga
            melakukan tindak pidana.""",
            "<b>Anak korban</b>: anak yang menjadi korban tindak pidana.",
            """<b>Anak saksi</b>: anak yang melihat, mendengar, atau mengalami sendiri suatu tindak pidana dan
            dimintai keterangan.""",
        )
        + p(
            """Jadi, ABH bukan hanya anak yang diduga melakukan kesalahan. Anak korban dan anak saksi juga
            ABH,
            dan mereka juga membutuhkan dukungan.""",
            """Sebaiknya kita tidak memberi cap "penjahat" atau "anak nakal" kepada anak yang berkonflik
            dengan
            hukum. Cap seperti itu mudah melekat dan menyulitkan anak kembali ke sekolah dan
            lingkungannya.""",
        )
    ),
    Heading("Diversi: menyelesaikan perkara anak di luar peradilan pidana"),
    Paragraph(
        p(
            """<b>Diversi</b> adalah penyelesaian perkara anak di luar peradilan pidana. Perkara tidak
            dilanjutkan ke sidang pidana; penyelesaiannya dicari bersama, misalnya melalui musyawarah yang
            melibatkan anak, orang tuanya, dan korban.""",
            """Menurut Pasal 8 ayat (1) UU SPPA, musyawarah diversi juga melibatkan <b>Pembimbing
            Kemasyarakatan</b> dari Balai Pemasyarakatan (Bapas), yang mendampingi dan menilai keadaan anak,
            serta <b>Pekerja Sosial Profesional</b>. Jadi, anak dan keluarganya tidak menghadapi proses ini
            sendirian.""",
            """Menurut Pasal 7 UU SPPA, diversi <b>wajib diupayakan</b> di setiap tahap: saat penyidikan di
            kepolisian, saat penuntutan di kejaksaan, dan saat pemeriksaan di pengadilan. Syaratnya dua:""",
        )
        + ol(
            "ancaman pidana untuk perbuatan itu di bawah 7 tahun penjara; dan",
            """perbuatan itu bukan pengulangan tindak pidana, artinya anak belum pernah melakukan tindak
            pidana
            sebelumnya.""",
        )
        + p(
            """Diversi bukan berarti perbuatan anak dianggap tidak apa-apa. Dalam diversi, anak tetap diajak
            bertanggung jawab, misalnya meminta maaf atau memperbaiki kerugian, tetapi tanpa harus menjalani
            sidang pidana. Korban juga didengar.""",
            """Perlu dibedakan: diversi adalah jalan bagi anak yang berkonflik dengan hukum. Untuk perkara
            kekerasan seksual yang pelakunya orang dewasa, penyelesaian di luar proses peradilan tidak
            diperbolehkan (lihat Modul 2).""",
        )
    ),
    Heading("Usia anak menentukan perlakuan"),
    Paragraph(
        p("UU SPPA membedakan perlakuan menurut usia anak:")
        + ul(
            """<b>Di bawah 12 tahun</b>: anak belum termasuk anak yang berkonflik dengan hukum. Ia
            dikembalikan
            kepada orang tua atau wali, atau diikutsertakan dalam program pendidikan, pembinaan, dan
            pembimbingan, misalnya di LPKS (Lembaga Penyelenggaraan Kesejahteraan Sosial), paling lama 6
            bulan.""",
            """<b>12 sampai belum 14 tahun</b>: anak tidak boleh ditahan, dan hanya dapat dikenai
            <i>tindakan</i>, yaitu sanksi berupa pembinaan atau perawatan, bukan pidana.""",
            """<b>14 tahun ke atas</b>: anak hanya boleh ditahan jika diduga melakukan tindak pidana yang
            ancamannya 7 tahun penjara atau lebih.""",
        )
        + p(
            """Jika anak dijatuhi pidana penjara, lamanya <b>paling lama setengah</b> dari ancaman maksimal
            bagi
            orang dewasa (Pasal 81).""",
            """Contoh perhitungan: jika ancaman maksimal bagi orang dewasa untuk suatu perbuatan adalah 10
            tahun
            penjara, pidana penjara bagi anak paling lama 5 tahun.""",
            """Contoh lain: jika ancaman pidana suatu perbuatan 5 tahun dan anak belum pernah melakukan tindak
            pidana, diversi wajib diupayakan sejak di kepolisian, karena ancamannya di bawah 7 tahun dan
            perbuatan itu bukan pengulangan.""",
        )
    ),
    Callout(
        "legal_basis",
        "Dasar hukum: UU 11/2012 tentang Sistem Peradilan Pidana Anak",
        ul(
            """ABH meliputi anak yang berkonflik dengan hukum (12 sampai belum 18 tahun), anak korban, dan
            anak
            saksi.""",
            """Pasal 7: diversi wajib diupayakan di setiap tahap jika ancaman pidananya di bawah 7 tahun dan
            bukan pengulangan tindak pidana.""",
            """Pasal 21: anak di bawah 12 tahun dikembalikan kepada orang tua atau wali, atau diikutsertakan
            dalam program pendidikan, pembinaan, dan pembimbingan, misalnya di LPKS, paling lama 6 bulan.""",
            """Pasal 32 ayat (2): penahanan hanya untuk anak berusia 14 tahun ke atas yang diduga melakukan
            tindak pidana dengan ancaman 7 tahun penjara atau lebih.""",
            "Pasal 69 ayat (2): anak yang belum berusia 14 tahun hanya dapat dikenai tindakan.",
            """Pasal 81: pidana penjara bagi anak paling lama setengah dari ancaman maksimal bagi orang
            dewasa.""",
            """Pasal 8 ayat (1): musyawarah diversi melibatkan anak dan orang tua atau walinya, korban dan
            orang tua atau walinya, Pembimbing Kemasyarakatan, dan Pekerja Sosial Profesional.""",
            """Pasal 19: identitas anak, anak korban, dan anak saksi wajib dirahasiakan dalam pemberitaan di
            media; pelanggarannya diancam pidana (Pasal 97).""",
        )
        + p("Periksa ketentuan terbaru sebelum mengutip ketentuan ini secara resmi."),
    ),
    Heading("Menjaga kerahasiaan identitas anak"),
    Paragraph(
        p(
            """Identitas anak meliputi nama anak, wajahnya, alamatnya, nama orang tuanya, dan keterangan lain
            yang membuat orang tahu siapa anak itu, misalnya nama sekolah dan kelasnya. Beberapa aturan
            melindunginya:""",
            """<b>UU SPPA Pasal 19</b> mewajibkan identitas anak, anak korban, dan anak saksi dirahasiakan
            dalam pemberitaan di media, dengan ancaman pidana bagi pelanggarnya (Pasal 97).
            <b>UU Perlindungan Anak</b> (UU 35/2014 Pasal 17 ayat (2) dan Pasal 64) melindungi kerahasiaan
            anak korban. <b>UU 27/2022 tentang Pelindungan Data Pribadi (UU PDP)</b> Pasal 4 ayat (2)
            menggolongkan data anak, data kesehatan, dan catatan kejahatan sebagai data pribadi yang bersifat
            spesifik, yang harus dijaga lebih ketat.""",
            """Jadi, dasar hukumnya tidak hanya satu pasal. Yang penting bagi kita: nama, wajah, dan cerita
            anak
            tidak dibagikan kepada siapa pun yang tidak perlu tahu untuk menolongnya.""",
            """Di zaman ponsel, identitas anak mudah bocor lewat grup WhatsApp dan media sosial, bahkan oleh
            orang dewasa yang bermaksud baik.""",
        )
    ),
    Callout(
        "warning_signs",
        "Waspadai: cara identitas anak tersebar",
        ul(
            "Video perkelahian atau penangkapan siswa dibagikan di grup WhatsApp orang tua atau guru.",
            """Status media sosial yang menyebut inisial siswa, tetapi disertai foto, nama sekolah, atau nama
            kelasnya.""",
            "Pengumuman sekolah atau surat edaran yang menyebut nama anak dan perkaranya.",
            "Perkara anak dibicarakan di acara warga dengan menyebut nama keluarganya.",
            "Foto anak korban diunggah dengan niat baik, misalnya untuk menggalang bantuan.",
        )
        + p(
            """Jangan pernah mengunggah atau meneruskan foto, video, atau nama anak. Jika Bapak/Ibu menerima
            kiriman seperti itu, jangan meneruskannya, dan minta pengirim menghapusnya dengan sopan."""
        ),
    ),
    Heading("Peran sekolah dan kecamatan"),
    Heading("Jika siswa menjadi anak korban atau anak saksi", "h3"),
    Paragraph(
        p(
            """Gunakan prinsip tanggapan pertama dari Modul 3: dengarkan, percayai, katakan bahwa itu bukan
            salahnya, dan jangan menyelidiki sendiri. Anak saksi mungkin ketakutan karena melihat sesuatu yang
            berat, atau takut pada pelaku. Rujuk anak ke UPTD PPA, yang salah satu fungsinya adalah
            mendampingi korban.""",
            """<b>Siapa yang diberi tahu lebih dulu bergantung pada siapa terduga pelakunya.</b> Jika terduga
            pelaku bukan anggota keluarga, orang tua atau wali biasanya perlu segera diberi tahu. Namun jika
            terduga pelaku mungkin anggota keluarga atau orang yang tinggal serumah, <b>jangan memberi tahu
            orang tua atau wali lebih dulu</b>. Kabar itu dapat sampai ke pelaku, dan anak dapat ditekan,
            disalahkan, atau disakiti lagi. Hubungi SAPA 129 atau UPTD PPA secara langsung, dan biarkan
            petugas
            yang memutuskan kapan dan bagaimana keluarga diberi tahu.""",
            """Jika anak dipanggil untuk memberi keterangan, pastikan ia ditemani orang dewasa yang ia
            percayai
            dan yang bukan terduga pelaku, dan tanyakan kepada petugas layanan tentang pendampingan yang
            tersedia.""",
        )
    ),
    Heading("Jika siswa menjadi anak yang berkonflik dengan hukum", "h3"),
    Paragraph(
        ul(
            """Pisahkan perbuatan dari anaknya. Perbuatannya boleh disesali; anaknya tetap bagian dari
            sekolah.""",
            "Jangan mengumumkan perkaranya di kelas, di upacara, atau di grup.",
            """Bicarakan dengan orang tua dan pihak terkait bagaimana anak tetap dapat belajar selama proses
            berjalan.""",
            """Jika pihak berwenang meminta keterangan tentang anak, berikan keterangan yang jujur dan
            seimbang,
            termasuk hal-hal baik tentang anak.""",
            """Dukung diversi jika diupayakan, misalnya dengan membantu anak memahami dampak perbuatannya pada
            korban.""",
            """Perhatikan juga korban, yang mungkin siswa di sekolah yang sama. Keduanya membutuhkan
            perhatian,
            dan keduanya berhak identitasnya dirahasiakan.""",
        )
    ),
    Heading("Peran aparatur kecamatan dan kelurahan", "h3"),
    Paragraph(
        p(
            """Di kecamatan dan kelurahan, Bapak/Ibu dapat membantu keluarga memahami bahwa perkara anak
            ditangani dengan aturan khusus, mengarahkan keluarga ke layanan pendampingan seperti UPTD PPA, dan
            menjaga agar perkara anak tidak menjadi bahan pembicaraan warga.""",
            """Kenali sekolah, tokoh masyarakat, dan layanan di wilayah Bapak/Ibu, di kedelapan kecamatan Kota
            Lubuklinggau, agar anak cepat mendapat dukungan ketika dibutuhkan.""",
        )
    ),
    Heading("Yang dapat dijelaskan kepada orang tua", "h3"),
    Paragraph(
        p(
            """Orang tua yang anaknya berurusan dengan polisi biasanya panik dan takut. Bapak/Ibu tidak perlu
            menjadi ahli hukum untuk menenangkan mereka. Beberapa hal yang dapat disampaikan dengan bahasa
            sederhana:"""
        )
        + ul(
            """Perkara anak ditangani dengan aturan khusus, yaitu UU SPPA, yang berbeda dari perkara orang
            dewasa.""",
            """Anak di bawah 14 tahun tidak boleh ditahan. Anak 14 tahun ke atas hanya boleh ditahan untuk
            perkara dengan ancaman 7 tahun penjara atau lebih.""",
            """Untuk perkara dengan ancaman di bawah 7 tahun yang bukan pengulangan, diversi wajib diupayakan,
            sejak di kepolisian.""",
            """Anak korban dan anak saksi tidak sedang dihukum. Mereka dimintai keterangan untuk membantu
            perkara, dan identitas mereka wajib dirahasiakan.""",
            """Keluarga dapat menghubungi SAPA 129 atau UPTD PPA untuk bertanya tentang pendampingan.""",
        )
        + p(
            """Jangan memberi janji tentang hasil perkara, misalnya "Pasti tidak dipenjara." Sampaikan apa
            yang
            diatur, lalu arahkan keluarga kepada petugas yang berwenang."""
        )
    ),
    Callout(
        "tips",
        "Lima hal yang dapat dilakukan mulai hari ini",
        ol(
            """Sepakati di sekolah atau kantor Bapak/Ibu: tidak ada foto, nama, atau video anak dalam perkara
            hukum yang dibagikan.""",
            """Simpan nomor layanan di ponsel: SAPA 129, polisi 110, dan kontak UPTD PPA Kota Lubuklinggau
            (lihat peta rujukan di Modul 5).""",
            "Kenali anggota TPPK di sekolah.",
            """Jelaskan kepada orang tua bahwa perkara anak ditangani dengan UU SPPA, termasuk kemungkinan
            diversi.""",
            "Tetap sapa dan dampingi anak ketika ia kembali ke sekolah.",
        ),
    ),
    case_scenario(
        "Ponsel yang hilang di ruang guru",
        p(
            """Di sebuah SMP di Kecamatan Lubuklinggau Selatan I, ponsel seorang guru hilang dari ruang guru.
            Rekaman CCTV memperlihatkan Arif (15 tahun), siswa kelas IX, mengambilnya. Guru tersebut
            melapor ke
            polisi. Ini pertama kalinya Arif berurusan dengan hukum, dan petugas menjelaskan bahwa ancaman
            pidana untuk perbuatan itu di bawah 7 tahun.""",
            """Beberapa guru mengusulkan agar Arif langsung dikeluarkan. Di grup WhatsApp orang tua murid,
            beredar tangkapan layar CCTV dengan wajah Arif dan tulisan "Awas, pencuri!".""",
        ),
        [
            """Apakah diversi wajib diupayakan dalam perkara Arif, dan apa alasannya menurut Pasal 7
            UU SPPA?""",
            "Apa yang perlu dilakukan sekolah terhadap tangkapan layar yang beredar di grup orang tua?",
            """Bagaimana sekolah dapat membantu Arif bertanggung jawab atas perbuatannya tanpa kehilangan
            kesempatan belajar?""",
        ],
        answer=ol(
            """Ya. Ancaman pidananya di bawah 7 tahun dan ini bukan pengulangan, jadi menurut Pasal 7 UU SPPA
            diversi wajib diupayakan sejak di kepolisian. Guru yang kehilangan ponsel adalah korban dan ikut
            didengar dalam musyawarah diversi, bersama Pembimbing Kemasyarakatan dan pekerja sosial.""",
            """Sekolah meminta pengirim dan anggota grup menghapus tangkapan layar itu, tidak meneruskannya,
            dan mengingatkan dengan sopan bahwa wajah dan nama anak tidak boleh disebarkan. Sekolah sendiri
            tidak mengumumkan perkaranya.""",
            """Sekolah dapat mendukung kesepakatan diversi, misalnya Arif meminta maaf dan mengganti kerugian,
            sambil tetap bersekolah. Mengeluarkan Arif bukan satu-satunya cara membuatnya bertanggung
            jawab.""",
        ),
    ),
    case_scenario(
        "Perkelahian sepulang sekolah",
        p(
            """Sepulang sekolah, dua kelompok siswa dari dua SMA di Kecamatan Lubuklinggau Utara II
            berkelahi di
            dekat pasar. Seorang siswa, Rizky (17 tahun), terluka dan dibawa ke puskesmas. Tiga temannya
            melihat kejadian itu dan kini dimintai keterangan oleh polisi.""",
            """Salah satu dari mereka, Maya (16 tahun), menangis dan tidak mau datang ke sekolah karena takut
            pada kelompok lawan. Ibunya mendatangi seorang staf kelurahan yang ia kenal dan bertanya, "Apa
            anak
            saya juga akan dipenjara, Pak?" """,
        ),
        [
            """Dalam kejadian ini, siapa yang termasuk anak korban, anak saksi, dan mungkin anak yang
            berkonflik
            dengan hukum?""",
            """Bagaimana staf kelurahan dapat menjelaskan kedudukan Maya sebagai saksi kepada ibunya dengan
            bahasa yang menenangkan?""",
            "Dukungan apa yang dibutuhkan Maya agar berani kembali ke sekolah?",
        ],
        answer=ol(
            """Rizky yang terluka adalah anak korban. Maya dan dua temannya yang melihat kejadian adalah anak
            saksi. Siswa yang diduga memukul Rizky, bila berusia 12 sampai belum 18 tahun, adalah anak yang
            berkonflik dengan hukum.""",
            """Staf kelurahan dapat berkata, misalnya, "Maya tidak sedang dihukum, Bu. Ia dimintai keterangan
            sebagai saksi, dan identitasnya wajib dirahasiakan. Ibu boleh mendampinginya." Ia tidak perlu
            menjanjikan hasil perkara.""",
            """Maya perlu merasa aman di jalan dan di sekolah: sekolah dan TPPK dapat mengatur agar ia tidak
            bertemu kelompok lawan, wali kelas menyapanya, dan keluarga dapat meminta pendampingan dari UPTD
            PPA. Jika ia terus diancam karena kesaksiannya, LPSK (148) dapat dihubungi.""",
        ),
    ),
    case_scenario(
        "Anak kelas V di kantor polisi",
        p(
            """Joni (11 tahun), siswa kelas V sebuah SD di Kecamatan Lubuklinggau Timur I, dibawa ke kantor
            polisi bersama dua remaja yang lebih tua karena diduga ikut mengambil barang dari sebuah toko.
            Kabar
            itu cepat menyebar di lingkungan, dan beberapa orang tua murid meminta agar Joni dipindahkan dari
            sekolah.""",
            """Kepala sekolah menerima telepon dari nenek Joni, yang mengasuhnya. Nenek itu menangis dan
            bertanya
            apa yang akan terjadi pada cucunya.""",
        ),
        [
            "Menurut UU SPPA, bagaimana perlakuan terhadap anak yang belum berusia 12 tahun seperti Joni?",
            """Apa yang dapat dijelaskan kepala sekolah kepada nenek Joni, tanpa menjanjikan hasil
            tertentu?""",
            """Bagaimana sekolah menanggapi permintaan orang tua murid lain sambil menjaga kerahasiaan
            identitas
            Joni?""",
        ],
        answer=ol(
            """Joni belum berusia 12 tahun, jadi ia belum termasuk anak yang berkonflik dengan hukum. Menurut
            Pasal 21 UU SPPA, ia dikembalikan kepada orang tua atau wali, atau diikutsertakan dalam program
            pendidikan, pembinaan, dan pembimbingan paling lama 6 bulan.""",
            """Kepala sekolah dapat menjelaskan aturan itu dengan sederhana, berkata bahwa sekolah tetap
            menerima Joni, dan menyarankan nenek menghubungi SAPA 129 atau UPTD PPA untuk pendampingan, tanpa
            menjanjikan hasil tertentu.""",
            """Sekolah tidak membahas perkara Joni dengan orang tua murid lain. Kepada mereka cukup
            disampaikan
            bahwa sekolah menangani setiap masalah siswa sesuai aturan dan menjaga keamanan semua anak. Nama
            Joni dan perkaranya tidak disebut di rapat atau grup.""",
        ),
    ),
    Help(),
)

QUESTIONS = (
    single(
        "Siapa saja yang termasuk anak yang berhadapan dengan hukum (ABH) menurut UU SPPA?",
        topic="ABH",
        choices=[
            no("Hanya anak yang diduga melakukan tindak pidana"),
            ok("Anak yang berkonflik dengan hukum, anak korban, dan anak saksi"),
            no("Anak yang putus sekolah, anak jalanan, dan anak yatim"),
            no("Anak yang berkonflik dengan hukum beserta orang tuanya"),
        ],
        explanation="""UU SPPA menyebut tiga kelompok ABH: anak yang berkonflik dengan hukum (12 sampai
        belum 18
        tahun), anak korban, dan anak saksi.""",
    ),
    true_false(
        "Diversi adalah penyelesaian perkara anak di luar peradilan pidana.",
        topic="ABH",
        answer=True,
        explanation="""Diversi berarti perkara anak diselesaikan di luar peradilan pidana, misalnya melalui
        musyawarah, dan anak tetap diajak bertanggung jawab.""",
    ),
    single(
        "Menurut Pasal 7 UU SPPA, diversi wajib diupayakan jika ...",
        topic="ABH",
        choices=[
            ok("Ancaman pidananya di bawah 7 tahun dan bukan pengulangan tindak pidana"),
            no("Korban setuju dan orang tua anak mampu membayar ganti rugi"),
            no("Anak sudah berusia 16 tahun dan mengakui seluruh perbuatannya"),
            no("Perkaranya sudah sampai di pengadilan dan hakim mengizinkan"),
        ],
        explanation="""Pasal 7 UU SPPA: diversi wajib diupayakan di setiap tahap (penyidikan, penuntutan, dan
        pemeriksaan di pengadilan) jika ancaman pidananya di bawah 7 tahun dan bukan pengulangan tindak
        pidana.""",
    ),
    multiple(
        """Manakah pernyataan yang benar tentang anak berusia 12 sampai belum 14 tahun yang diduga melakukan
        tindak pidana? Pilih semua yang benar.""",
        topic="ABH",
        scoring="partial",
        choices=[
            ok("Anak tidak boleh ditahan"),
            no("Anak dapat dipenjara sama lamanya dengan orang dewasa"),
            ok("Anak hanya dapat dikenai tindakan, bukan pidana"),
            no("Anak boleh ditahan jika orang tuanya tidak datang"),
            ok("Diversi wajib diupayakan jika syarat Pasal 7 terpenuhi"),
        ],
        explanation="""Anak 12 sampai belum 14 tahun tidak boleh ditahan (Pasal 32 ayat 2) dan hanya dapat
        dikenai tindakan (Pasal 69 ayat 2). Diversi tetap wajib diupayakan bila syarat Pasal 7 terpenuhi.""",
    ),
    true_false(
        "Anak berusia 15 tahun boleh ditahan selama penyidikan untuk perkara apa pun.",
        topic="ABH",
        answer=False,
        explanation="""Pasal 32 ayat (2) UU SPPA: anak 14 tahun ke atas hanya boleh ditahan jika diduga
        melakukan
        tindak pidana dengan ancaman 7 tahun penjara atau lebih.""",
    ),
    scenario(
        """Video penangkapan seorang siswa berusia 16 tahun beredar di grup WhatsApp wali murid. Seorang guru
        ingin meneruskannya ke grup guru "supaya semua waspada".""",
        "Apa tindakan yang tepat?",
        topic="ABH",
        choices=[
            no(
                "Meneruskannya, tetapi hanya ke grup guru yang anggotanya terbatas",
                "Grup tertutup tetap menyebarkan identitas anak; video dapat diteruskan lagi.",
            ),
            no(
                "Meneruskannya setelah wajah siswa ditutup dengan stiker",
                "Anak tetap dapat dikenali dari seragam, tempat, atau suara.",
            ),
            ok("Tidak meneruskannya, dan meminta pengirim menghapus video itu"),
            no(
                "Menyimpannya sebagai bahan pembahasan dalam rapat sekolah",
                "Menyimpan dan memutar video itu tetap membuka identitas anak.",
            ),
        ],
        explanation="""Identitas anak yang berhadapan dengan hukum harus dijaga: UU SPPA melarang membukanya
        dalam pemberitaan, UU Perlindungan Anak melindungi kerahasiaan anak, dan UU PDP menggolongkan data
        anak sebagai data pribadi yang spesifik. Jangan meneruskan video itu, dan minta pengirim
        menghapusnya.""",
    ),
    single(
        """Jika ancaman pidana maksimal bagi orang dewasa untuk suatu perbuatan adalah 10 tahun penjara,
        berapa
        lama pidana penjara paling lama bagi anak?""",
        topic="ABH",
        choices=[
            no("10 tahun"),
            no("7 tahun"),
            no("3 tahun"),
            ok("5 tahun"),
        ],
        explanation="""Pasal 81 UU SPPA: pidana penjara bagi anak paling lama setengah dari ancaman
        maksimal bagi
        orang dewasa. Setengah dari 10 tahun adalah 5 tahun.""",
    ),
    multiple(
        "Manakah yang termasuk identitas anak yang wajib dirahasiakan? Pilih semua yang benar.",
        topic="ABH",
        scoring="all_or_nothing",
        choices=[
            ok("Nama anak"),
            ok("Wajah anak"),
            ok("Alamat rumah anak"),
            ok("Nama orang tua anak"),
            ok("Nama sekolah dan kelas anak"),
            no(
                "Jenis perkara anak yang ditangani di kota, tanpa menyebut siapa anaknya",
                "Keterangan umum yang tidak menunjuk anak tertentu bukan identitas anak.",
            ),
        ],
        explanation="""Identitas meliputi nama anak, wajah, alamat, nama orang tua, dan keterangan lain yang
        membuat orang tahu siapa anak itu, misalnya nama sekolah dan kelasnya. Angka dan keterangan umum yang
        tidak menunjuk anak tertentu tidak mengungkap siapa anaknya.""",
    ),
    true_false(
        """Anak berusia 11 tahun yang diduga melakukan tindak pidana dapat dikembalikan kepada orang tuanya
        atau
        diikutsertakan dalam program pembinaan paling lama 6 bulan.""",
        topic="ABH",
        answer=True,
        explanation="""Pasal 21 UU SPPA: anak di bawah 12 tahun dikembalikan kepada orang tua atau wali, atau
        diikutsertakan dalam program pendidikan, pembinaan, dan pembimbingan, misalnya di LPKS, paling lama 6
        bulan.""",
    ),
    scenario(
        """Dimas (13 tahun) diduga memecahkan kaca warung tetangga dengan sengaja. Pemilik warung marah dan
        ingin
        Dimas "dipenjara supaya jera". Ini pertama kalinya Dimas berurusan dengan hukum.""",
        "Menurut UU SPPA, apa yang benar tentang perkara Dimas?",
        topic="ABH",
        choices=[
            no(
                "Dimas dapat ditahan selama penyidikan karena ia sudah berusia di atas 12 tahun",
                "Anak di bawah 14 tahun tidak boleh ditahan.",
            ),
            ok("Dimas tidak boleh ditahan dan hanya dapat dikenai tindakan, bukan pidana"),
            no(
                "Dimas harus dipenjara jika pemilik warung menolak berdamai",
                "Anak di bawah 14 tahun hanya dapat dikenai tindakan, bukan pidana penjara.",
            ),
            no(
                "Perkara Dimas sama sekali tidak dapat diproses karena ia belum 14 tahun",
                "Anak 12 sampai belum 18 tahun termasuk anak yang berkonflik dengan hukum.",
            ),
        ],
        explanation="""Dimas berusia 13 tahun: ia termasuk anak yang berkonflik dengan hukum, tetapi tidak
        boleh
        ditahan (Pasal 32 ayat 2) dan hanya dapat dikenai tindakan (Pasal 69 ayat 2). Diversi juga wajib
        diupayakan jika syarat Pasal 7 terpenuhi.""",
    ),
)

MODULE = Module(
    slug="anak-berhadapan-dengan-hukum",
    title="Anak yang berhadapan dengan hukum",
    summary=t(
        """Modul ini menjelaskan siapa yang disebut anak yang berhadapan dengan hukum (ABH), apa itu diversi,
        dan bagaimana usia anak menentukan perlakuan hukum terhadapnya menurut UU Sistem Peradilan Pidana
        Anak.
        Bapak/Ibu juga belajar menjaga kerahasiaan identitas anak dan mendampingi anak, baik yang diduga
        melakukan tindak pidana, yang menjadi korban, maupun yang menjadi saksi."""
    ),
    outcomes=(
        "Menjelaskan tiga kelompok anak yang berhadapan dengan hukum.",
        "Menjelaskan apa itu diversi dan kapan diversi wajib diupayakan.",
        "Menjelaskan perbedaan perlakuan hukum menurut usia anak.",
        "Menjaga kerahasiaan identitas anak dan mendukung anak selama proses hukum.",
    ),
    reading_minutes=13,
    blocks=BLOCKS,
    quiz=Quiz(
        title="Kuis Modul 4: Anak yang berhadapan dengan hukum",
        instructions=t(
            """Jawab 10 pertanyaan berikut. Pada soal "pilih semua yang benar", jawaban bisa lebih dari satu.
            Nilai lulus 70. Setelah mengirim jawaban, Bapak/Ibu dapat membaca penjelasan setiap soal beserta
            pasal yang menjadi dasarnya."""
        ),
        questions=QUESTIONS,
    ),
)
