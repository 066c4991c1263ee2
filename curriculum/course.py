"""The starter course: its modules, taken in order."""

from .data import Course
from .markup import t
from .modules import m1_tppo, m2_perempuan, m3_anak, m4_abh, m5_rujukan

# The eight kecamatan of Kota Lubuklinggau, for case scenarios and for a loader seeding demo data.
KECAMATAN = (
    "Lubuklinggau Barat I",
    "Lubuklinggau Barat II",
    "Lubuklinggau Selatan I",
    "Lubuklinggau Selatan II",
    "Lubuklinggau Timur I",
    "Lubuklinggau Timur II",
    "Lubuklinggau Utara I",
    "Lubuklinggau Utara II",
)

COURSE = Course(
    slug="pencegahan-kekerasan-dan-tppo",
    title="Pencegahan Kekerasan dan TPPO bagi Pendidik dan Aparatur",
    summary=t(
        """Kursus dasar bagi guru, tenaga kependidikan, serta aparatur kecamatan dan kelurahan di Kota
        Lubuklinggau. Di sini Bapak/Ibu belajar mengenali tindak pidana perdagangan orang (TPPO),
        kekerasan terhadap perempuan dan anak, serta perlakuan terhadap anak yang berhadapan dengan hukum,
        lalu berlatih melapor dan merujuk kasus ke layanan yang tepat. Kursus ini melanjutkan pertemuan
        lintas sektor DPPPAPM Kota Lubuklinggau pada 3 November 2025 tentang pencegahan kekerasan terhadap
        perempuan dan anak, TPPO, dan penanganan anak yang berhadapan dengan hukum. Beban belajarnya 4 JP
        (180 menit) untuk membaca dan mengerjakan kuis. Studi kasus di setiap modul adalah diskusi opsional:
        kerjakan sendiri atau bersama rekan, lalu buka contoh jawabannya; bila dikerjakan semua, tambahkan
        sekitar satu jam."""
    ),
    outcomes=(
        "Mengenali unsur dan modus TPPO serta tanda awalnya pada siswa dan warga.",
        t(
            """Mengenali bentuk kekerasan terhadap perempuan dan anak menurut UU PKDRT, UU TPKS, dan UU
            Perlindungan Anak."""
        ),
        "Memberi tanggapan pertama yang aman, hormat, dan tidak menyalahkan korban.",
        t(
            """Menjelaskan perlakuan khusus bagi anak yang berhadapan dengan hukum, termasuk diversi dan
            kerahasiaan identitas anak."""
        ),
        "Melapor dan merujuk kasus ke SAPA 129, UPTD PPA, polisi, dan layanan lain dengan cepat dan aman.",
    ),
    audience=t(
        """Guru dan tenaga kependidikan di semua jenjang sekolah, serta aparatur kecamatan dan kelurahan di
        delapan kecamatan Kota Lubuklinggau."""
    ),
    # About 69 minutes of reading and 50 quiz questions: some 120 minutes, so 4 JP (180 minutes) leaves
    # room for re-reading and a second quiz attempt. The 14 case scenarios are optional discussion (about
    # an hour more, said in the summary), so the hours count what every participant must do.
    duration_jp=4,
    modules=(m1_tppo.MODULE, m2_perempuan.MODULE, m3_anak.MODULE, m4_abh.MODULE, m5_rujukan.MODULE),
    ordered=True,
    edition=2,
)
