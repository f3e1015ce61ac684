#include "core/time.hpp"

#include <charconv>
#include <cstdio>

namespace rapport {
namespace {

// Reads exactly `width` digits at `position`, advancing it; nothing else is accepted.
bool ReadDigits(std::string_view text, std::size_t& position, std::size_t width, int& out) {
    if (position + width > text.size()) return false;
    auto first = text.data() + position;
    for (std::size_t i = 0; i < width; ++i) {
        if (first[i] < '0' || first[i] > '9') return false;
    }
    std::from_chars(first, first + width, out);
    position += width;
    return true;
}

bool Expect(std::string_view text, std::size_t& position, char expected) {
    if (position >= text.size() || text[position] != expected) return false;
    ++position;
    return true;
}

bool ReadDate(std::string_view text, std::size_t& position, Date& out) {
    int year = 0, month = 0, day = 0;
    if (!ReadDigits(text, position, 4, year) || !Expect(text, position, '-') || !ReadDigits(text, position, 2, month) ||
        !Expect(text, position, '-') || !ReadDigits(text, position, 2, day)) {
        return false;
    }
    out = Date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
               std::chrono::day{static_cast<unsigned>(day)}};
    return out.ok();
}

}  // namespace

Result<Timestamp> ParseTimestamp(std::string_view text, std::string_view field) {
    auto invalid = [&] {
        return InvalidField(std::string(field),
                            std::string(field) + " must be an RFC 3339 timestamp such as \"2026-11-22T09:30:00Z\"");
    };
    std::size_t position = 0;
    Date date;
    int hour = 0, minute = 0, second = 0;
    if (!ReadDate(text, position, date)) return invalid();
    if (position >= text.size() || (text[position] != 'T' && text[position] != 't' && text[position] != ' ')) {
        return invalid();
    }
    ++position;
    if (!ReadDigits(text, position, 2, hour) || !Expect(text, position, ':') ||
        !ReadDigits(text, position, 2, minute) || !Expect(text, position, ':') ||
        !ReadDigits(text, position, 2, second) || hour > 23 || minute > 59 || second > 60) {
        return invalid();
    }
    if (position < text.size() && text[position] == '.') {
        auto digits_start = ++position;
        while (position < text.size() && text[position] >= '0' && text[position] <= '9') ++position;
        if (position == digits_start) return invalid();
    }
    std::chrono::seconds offset{0};
    if (position < text.size() && (text[position] == 'Z' || text[position] == 'z')) {
        ++position;
    } else if (position < text.size() && (text[position] == '+' || text[position] == '-')) {
        int sign = text[position++] == '-' ? -1 : 1;
        int offset_hours = 0, offset_minutes = 0;
        if (!ReadDigits(text, position, 2, offset_hours) || !Expect(text, position, ':') ||
            !ReadDigits(text, position, 2, offset_minutes) || offset_hours > 23 || offset_minutes > 59) {
            return invalid();
        }
        offset = sign * (std::chrono::hours{offset_hours} + std::chrono::minutes{offset_minutes});
    } else {
        return invalid();
    }
    if (position != text.size()) return invalid();
    // A leap second is folded into the next second: the store counts plain POSIX seconds.
    Timestamp at = std::chrono::sys_days{date} + std::chrono::hours{hour} + std::chrono::minutes{minute} +
                   std::chrono::seconds{second} - offset;
    // An offset or a leap second can carry year 0000 or 9999 over into a year that FormatTimestamp writes with
    // other than four digits, which no one, ParseTimestamp included, would read back.
    if (auto year = static_cast<int>(DateOf(at).year()); year < 0 || year > 9999) {
        auto message = std::string(field) + " must be between 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z";
        return InvalidField(std::string(field), std::move(message));
    }
    return at;
}

namespace {

// Writes `value` in `width` digits, zero-padded, at `out`. snprintf took a tenth of writing a page of records:
// every record has two timestamps, and a document's lines dates of their own.
char* PutDigits(char* out, unsigned value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

// "YYYY-MM-DD" at `out` for a year of four digits; false (nothing written) for any other year.
bool PutDate(char* out, Date date) {
    int year = static_cast<int>(date.year());
    if (year < 0 || year > 9999) return false;
    out = PutDigits(out, static_cast<unsigned>(year), 4);
    *out++ = '-';
    out = PutDigits(out, static_cast<unsigned>(date.month()), 2);
    *out++ = '-';
    PutDigits(out, static_cast<unsigned>(date.day()), 2);
    return true;
}

}  // namespace

std::string FormatTimestamp(Timestamp at) {
    auto day = std::chrono::floor<std::chrono::days>(at);
    Date date{day};
    std::chrono::hh_mm_ss time{at - day};
    char buffer[32];
    if (!PutDate(buffer, date)) {
        std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                      static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                      static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                      static_cast<int>(time.seconds().count()));
        return buffer;
    }
    char* out = buffer + 10;
    *out++ = 'T';
    out = PutDigits(out, static_cast<unsigned>(time.hours().count()), 2);
    *out++ = ':';
    out = PutDigits(out, static_cast<unsigned>(time.minutes().count()), 2);
    *out++ = ':';
    out = PutDigits(out, static_cast<unsigned>(time.seconds().count()), 2);
    *out++ = 'Z';
    return std::string(buffer, out);
}

Result<Date> ParseDate(std::string_view text, std::string_view field) {
    std::size_t position = 0;
    Date date;
    if (!ReadDate(text, position, date) || position != text.size()) {
        return InvalidField(std::string(field), std::string(field) + " must be a date such as \"2026-11-22\"");
    }
    return date;
}

std::string FormatDate(Date date) {
    char buffer[16];
    if (PutDate(buffer, date)) return std::string(buffer, 10);
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

Date DateOf(Timestamp at) { return Date{std::chrono::floor<std::chrono::days>(at)}; }

Timestamp StartOf(Date date) { return std::chrono::sys_days{date}; }

Timestamp Now() { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); }

}  // namespace rapport
