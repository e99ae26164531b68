#include "base/name_fold.h"

#include <array>

#include "base/letters.h"
#include "base/utf8.h"

namespace kg {

namespace {

// Base letter per code point, starting at `first`. '.' keeps the character
// unchanged; '*' marks a ligature spelled out by ligature().
struct FoldRange {
  char32_t first;
  std::string_view letters;
};

constexpr std::string_view kLatin1 =
    "aaaaaa*ceeeeiiii"
    "dnooooo.ouuuuy**"
    "aaaaaa*ceeeeiiii"
    "dnooooo.ouuuuy*y";
constexpr std::string_view kLatinExtendedA =
    "aaaaaaccccccccdd"
    "ddeeeeeeeeeegggg"
    "gggghhhhiiiiiiii"
    "ii**jjkkklllllll"
    "lllnnnnnnnnnoooo"
    "oo**rrrrrrssssss"
    "ssttttttuuuuuuuu"
    "uuuuwwyyyzzzzzzs";
constexpr std::string_view kLatinExtendedB =
    "bbbb..occdddd.ee"
    "effg..iikkl.mnno"
    "oo..ppr....ttttu"
    "u.vyyzz........."
    ".............aai"
    "ioouuuuuuuuuueaa"
    "aa**ggggkkoooo.."
    "j...gg..nnaa**oo"
    "aaaaeeeeiiiioooo"
    "rrrruuuusstt..hh"
    "nd..zzaaeeoooooo"
    "ooyylntj..acclts"
    "z..bu.eejjqqrryy";
// U+1E00..U+1EFF, including every Vietnamese letter with tone marks.
constexpr std::string_view kLatinExtendedAdditional =
    "aabbbbbbccdddddddddd"
    "eeeeeeeeeeffgghhhhhh"
    "hhhhiiiikkkkkkllllll"
    "llmmmmmmnnnnnnnnoooo"
    "oooopppprrrrrrrrssss"
    "ssssssttttttttuuuuuu"
    "uuuuvvvvwwwwwwwwwwxx"
    "xxyyzzzzzzhtwyasss*."
    "aaaaaaaaaaaaaaaaaaaa"
    "aaaaeeeeeeeeeeeeeeee"
    "iiiioooooooooooooooo"
    "oooooooouuuuuuuuuuuu"
    "uuyyyyyyyy..vvyy";

static_assert(kLatin1.size() == 0x40);
static_assert(kLatinExtendedA.size() == 0x80);
static_assert(kLatinExtendedB.size() == 0xD0);
static_assert(kLatinExtendedAdditional.size() == 0x100);

constexpr std::array<FoldRange, 4> kRanges = {{{0x00C0, kLatin1},
                                               {0x0100, kLatinExtendedA},
                                               {0x0180, kLatinExtendedB},
                                               {0x1E00, kLatinExtendedAdditional}}};

std::string_view ligature(char32_t cp) {
  switch (cp) {
    case 0x00C6:
    case 0x00E6:
    case 0x01E2:
    case 0x01E3:
    case 0x01FC:
    case 0x01FD:
      return "ae";
    case 0x00DE:
    case 0x00FE:
      return "th";
    case 0x00DF:
    case 0x1E9E:
      return "ss";
    case 0x0132:
    case 0x0133:
      return "ij";
    case 0x0152:
    case 0x0153:
      return "oe";
    default:
      return {};
  }
}

bool is_space(char32_t cp) {
  switch (cp) {
    case ' ':
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case 0x0085:
    case 0x00A0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

bool is_apostrophe(char32_t cp) {
  switch (cp) {
    case '`':
    case 0x00B4:
    case 0x02BB:
    case 0x02BC:
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0xFF07:
      return true;
    default:
      return false;
  }
}

// Combining diacritics (decomposed input) and invisible format characters.
bool is_dropped(char32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF;
}

// Appends the folded form of one valid non-space code point.
void append_folded(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
    return;
  }
  if (is_apostrophe(cp)) {
    out += '\'';
    return;
  }
  if (is_dropped(cp)) return;
  for (const FoldRange& range : kRanges) {
    if (cp < range.first || cp >= range.first + range.letters.size()) continue;
    const char letter = range.letters[cp - range.first];
    if (letter == '*') {
      out += ligature(cp);
      return;
    }
    if (letter != '.') {
      out += letter;
      return;
    }
    break;
  }
  append_utf8(out, to_lower(cp));
}

}  // namespace

std::string fold_name(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  for (std::size_t pos = 0; pos < name.size();) {
    const CodePoint c = decode_utf8(name, pos);
    if (c.valid && is_space(c.value)) {
      pending_space = !out.empty();
      pos += c.length;
      continue;
    }
    if (pending_space) {
      out += ' ';
      pending_space = false;
    }
    if (c.valid) {
      append_folded(out, c.value);
    } else {
      out += name[pos];
    }
    pos += c.length;
  }
  return out;
}

}  // namespace kg
