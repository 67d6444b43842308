import type { Messages } from './messages.js';

/** Indonesian, the seed page's language. */
export const id: Messages = {
  loading: 'Memuat artikel…',
  empty: 'Belum ada artikel untuk ditampilkan.',
  retry: 'Coba lagi',
  errors: {
    network: 'Berita tidak dapat dimuat: periksa koneksi internet Anda.',
    timeout: 'Server berita terlalu lama menjawab.',
    http: 'Server berita menolak permintaan.',
    parse: 'Server berita mengirim data yang tidak dapat dibaca.',
    'invalid-feed': 'Data dari server berita bukan umpan berita yang valid.',
    'too-large': 'Umpan berita terlalu besar untuk dimuat.',
    aborted: 'Pemuatan berita dibatalkan.',
    'no-feed': 'Alamat umpan berita belum diatur.',
  },
  readCount: (count) => `Artikel ini telah dibaca ${count} kali`,
  enlarge: 'Perbesar',
  close: 'Tutup',
  writer: 'Penulis',
  tags: 'Tag',
  relatedHeading: 'Baca Lainnya',
  trendingHeading: 'Trending di Daerah',
  newItems: (count) => `${count} artikel baru`,
  newItemsAnnouncement: (count) => `${count} artikel baru tersedia`,
  rankingChanged: 'Peringkat diperbarui',
  rankingChangedAnnouncement: 'Peringkat terbaru tersedia',
  darkMode: 'Mode Gelap',
  followSystem: 'Ikuti sistem',
  followingSystem: 'Mengikuti sistem',
  rank: (position) => `Peringkat ${position}`,
  dateTimeSeparator: ' - ',
};
