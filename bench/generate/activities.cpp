#include "generate/collections.hpp"

#include "domain/activity/activity.hpp"
#include "generate/columns.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace rapport::bench {
namespace {

using domain::ActivityKind;
using domain::Direction;

constexpr std::array<std::string_view, 11> kColumns = {"account_id", "deal_id", "contact_id", "kind",
                                                       "direction",  "subject", "body",       "due_at",
                                                       "done_at",    "outcome", "owner_email"};
static_assert(ImportTakes<domain::Activity>(kColumns));

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kHistoryDays = 730;  // Two years back...
constexpr std::int64_t kPlannedDays = 90;   // ...and three months ahead.

constexpr std::array kKinds = {ActivityKind::kCall, ActivityKind::kEmail, ActivityKind::kMeeting, ActivityKind::kTask,
                               ActivityKind::kNote};
constexpr std::array kKindWeights = {35, 25, 15, 15, 10};

// What an activity points at: always its account (unless internal), often one of the account's deals and
// contacts. Positions are 0-based; ids are positions + 1.
struct Links {
    bool internal = false;
    std::optional<std::uint32_t> deal;
    std::optional<DealSketch> deal_sketch;
    std::optional<std::uint32_t> contact;
};

Links DrawLinks(const World& world, const AccountSketch& account, Random& random) {
    Links links;
    auto i = static_cast<std::size_t>(account.index);
    if (random.Percent(2)) {
        links.internal = true;  // Paperwork about no client in particular: forecasts, expense reports.
        return links;
    }
    auto deals_begin = world.deal_begin[i];
    auto deals_end = world.deal_begin[i + 1];
    if (deals_end > deals_begin && random.Percent(55)) {
        links.deal = deals_begin + static_cast<std::uint32_t>(random.Below(deals_end - deals_begin));
        Random deal_random(world.seed, Stream::kDeals, *links.deal);
        links.deal_sketch = SketchDeal(world, account, deal_random);
    }
    auto contacts_begin = world.contact_begin[i];
    auto contacts_end = world.contact_begin[i + 1];
    if (contacts_end > contacts_begin && random.Percent(60)) {
        links.contact = contacts_begin + static_cast<std::uint32_t>(random.Below(contacts_end - contacts_begin));
    }
    return links;
}

// The day it happens: around a closed deal's close, within an open deal's run, and otherwise anywhere in the
// two years back and three months ahead, more often recently.
std::int64_t DrawDay(const World& world, const Links& links, Random& random) {
    auto earliest = world.today - kHistoryDays;
    if (links.deal_sketch && domain::IsClosed(links.deal_sketch->stage)) {
        return std::max(earliest, links.deal_sketch->close_day - random.Between(0, 150));
    }
    if (links.deal_sketch) return world.today + random.Between(-180, kPlannedDays);
    auto back = static_cast<std::int64_t>(std::pow(random.Unit(), 1.3) * static_cast<double>(kHistoryDays + kPlannedDays));
    return world.today + kPlannedDays - back;
}

// Moves a Saturday to Friday and a Sunday to Monday: sales work happens on weekdays.
std::int64_t Weekday(std::int64_t day) {
    auto weekday = (day + 4) % 7;  // 1970-01-01 was a Thursday; 0 is Sunday.
    if (weekday == 6) return day - 1;
    if (weekday == 0) return day + 1;
    return day;
}

std::span<const std::string_view> Subjects(ActivityKind kind, std::optional<Direction> direction) {
    bool inbound = direction == Direction::kInbound;
    switch (kind) {
        case ActivityKind::kCall: return inbound ? InboundCallSubjects() : OutboundCallSubjects();
        case ActivityKind::kEmail: return inbound ? InboundEmailSubjects() : OutboundEmailSubjects();
        case ActivityKind::kMeeting: return MeetingSubjects();
        case ActivityKind::kTask: return TaskSubjects();
        case ActivityKind::kNote: return NoteSubjects();
    }
    return TaskSubjects();
}

// When it was planned and when it was done, in seconds since the epoch.
struct Timing {
    std::optional<std::int64_t> due_at;
    std::optional<std::int64_t> done_at;
};

// Past work is done (a few tasks are left overdue), future work is planned. Calls and meetings are often
// planned ahead, so they have both; e-mails and notes are only ever done. Everything starts in office hours
// (08:00 to 16:00 UTC) and ends within two hours.
Timing DrawTiming(ActivityKind kind, std::int64_t day, bool past, Random& random) {
    Timing timing;
    auto office_opens = day * kDay + 8 * 3600;
    if (!past) {
        timing.due_at = office_opens + 900 * random.Between(0, 32);  // On the quarter hour, as planned work is.
        return timing;
    }
    auto at = office_opens + random.Between(0, 8 * 3600 - 1);
    switch (kind) {
        case ActivityKind::kTask:
            timing.due_at = at;
            if (!random.Percent(10)) timing.done_at = at + 60 * random.Between(0, 120);
            break;
        case ActivityKind::kCall:
        case ActivityKind::kMeeting:
            if (random.Percent(50)) timing.due_at = at;
            timing.done_at = at + 60 * (kind == ActivityKind::kCall ? random.Between(2, 30) : random.Between(30, 120));
            break;
        case ActivityKind::kEmail:
        case ActivityKind::kNote: timing.done_at = at; break;
    }
    return timing;
}

std::string_view Outcome(ActivityKind kind, const Timing& timing, Random& random) {
    if (!timing.done_at) return {};
    switch (kind) {
        case ActivityKind::kCall: return random.Pick(CallOutcomes());
        case ActivityKind::kMeeting: return random.Pick(MeetingOutcomes());
        case ActivityKind::kTask: return random.Percent(50) ? "done" : std::string_view{};
        case ActivityKind::kEmail:
        case ActivityKind::kNote: return {};
    }
    return {};
}

// One to three sentences, on one line or as a list of lines; `body` is reused to save allocations.
void DrawBody(std::string& body, Random& random) {
    body.clear();
    if (!random.Percent(35)) return;
    auto sentences = random.Between(1, 3);
    auto separator = random.Percent(20) ? "\n" : " ";
    for (std::int64_t s = 0; s < sentences; ++s) {
        if (s > 0) body += separator;
        body += random.Pick(BodySentences());
    }
}

void WriteActivity(CsvFile& file, const World& world, const AccountSketch& account, std::uint32_t position,
                   std::string& body) {
    Random random(world.seed, Stream::kActivities, position);
    auto links = DrawLinks(world, account, random);
    auto kind = kKinds[random.Weighted(kKindWeights)];
    if (links.internal && kind != ActivityKind::kNote) kind = ActivityKind::kTask;
    auto day = Weekday(DrawDay(world, links, random));
    bool past = day < world.today;
    if (!past && kind == ActivityKind::kNote) kind = ActivityKind::kTask;  // Notes record what happened.
    std::optional<Direction> direction;
    if (kind == ActivityKind::kCall || kind == ActivityKind::kEmail) {
        direction = random.Percent(70) ? Direction::kOutbound : Direction::kInbound;
    }
    auto timing = DrawTiming(kind, day, past, random);
    auto owner = links.deal_sketch ? links.deal_sketch->owner
                                   : random.Percent(90) ? account.owner : Teammate(world, account.owner, random);
    DrawBody(body, random);

    auto account_id = links.internal ? std::nullopt : std::optional<std::int64_t>(account.index + 1);
    auto id_of = [](std::optional<std::uint32_t> link) {
        return link ? std::optional<std::int64_t>(*link + 1) : std::nullopt;
    };
    file.Int(account_id).Int(id_of(links.deal)).Int(id_of(links.contact));
    file.Plain(EnumName(kind)).Plain(direction ? EnumName(*direction) : std::string_view{});
    file.Text(random.Pick(Subjects(kind, direction))).Text(body);
    file.Timestamp(timing.due_at).Timestamp(timing.done_at);
    file.Text(Outcome(kind, timing, random)).Plain(world.staff.members[owner].email);
    file.EndRow();
}

}  // namespace

Result<FileStats> WriteActivities(const World& world, const std::string& dir) {
    auto file = RAPPORT_TRY(CsvFile::Create(dir + "/activities.csv", "activities.csv", world.counts.activities));
    file.Header(kColumns);
    std::string body;
    for (std::int64_t i = 0; i < world.counts.accounts; ++i) {
        auto begin = world.activity_begin[static_cast<std::size_t>(i)];
        auto end = world.activity_begin[static_cast<std::size_t>(i) + 1];
        if (begin == end) continue;
        auto account = SketchAccount(world, i);
        for (auto k = begin; k < end; ++k) WriteActivity(file, world, account, k, body);
    }
    return file.Close();
}

}  // namespace rapport::bench
