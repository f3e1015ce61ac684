#include "cli/demo_builder.hpp"

#include <map>

namespace rapport::cli::demo {
namespace {

using std::chrono::days;
using std::chrono::minutes;

constexpr int kFirstDay = -21;  // A month around today: three weeks of history, ten days of plans.
constexpr int kLastDay = 9;

struct Slot {
    Timestamp at;
    bool past = false;
};

// What one activity is about: an account of its owner, perhaps a contact there and an open deal.
struct Subject {
    const Client* client = nullptr;
    const domain::Contact* contact = nullptr;
    const domain::Deal* deal = nullptr;
};

Subject PickSubject(Random& random, const std::vector<const Client*>& clients,
                    const std::vector<const Client*>& with_open_deals) {
    Subject subject;
    bool about_a_deal = !with_open_deals.empty() && random.Percent(60);
    subject.client = random.Pick<const Client*>(about_a_deal ? with_open_deals : clients);
    const auto& contacts = subject.client->contacts;
    if (!contacts.empty() && random.Percent(75)) subject.contact = &random.Pick<domain::Contact>(contacts);
    if (about_a_deal && random.Percent(70)) subject.deal = &random.Pick<domain::Deal>(subject.client->open_deals);
    return subject;
}

domain::Activity Draft(Random& random, domain::ActivityKind kind, const Subject& subject, const Slot& slot,
                       service::FieldNames& given) {
    using domain::ActivityKind;
    domain::Activity activity;
    activity.kind = kind;
    activity.account_id = subject.client->account.id;
    given = {"kind", "subject", "account_id"};
    if (subject.contact) {
        activity.contact_id = subject.contact->id;
        given.emplace("contact_id");
    }
    if (subject.deal) {
        activity.deal_id = subject.deal->id;
        given.emplace("deal_id");
    }
    bool outbound = random.Percent(kind == ActivityKind::kCall ? 75 : 70);
    switch (kind) {
        case ActivityKind::kCall:
            activity.subject = random.Pick(outbound ? OutboundCallSubjects() : InboundCallSubjects());
            break;
        case ActivityKind::kEmail:
            activity.subject = random.Pick(outbound ? OutboundEmailSubjects() : InboundEmailSubjects());
            break;
        case ActivityKind::kMeeting: activity.subject = random.Pick(MeetingSubjects()); break;
        case ActivityKind::kTask: activity.subject = random.Pick(TaskSubjects()); break;
        case ActivityKind::kNote: activity.subject = random.Pick(NoteSubjects()); break;
    }
    if (kind == ActivityKind::kCall || kind == ActivityKind::kEmail) {
        activity.direction = outbound ? domain::Direction::kOutbound : domain::Direction::kInbound;
        given.emplace("direction");
    }
    if (kind == ActivityKind::kMeeting && subject.contact) {
        activity.body = "With " + subject.contact->first_name.value_or("") + " " + subject.contact->last_name + " at " +
                        subject.client->account.name + ".";
        given.emplace("body");
    }
    if (kind != ActivityKind::kNote) {
        activity.due_at = slot.at;
        given.emplace("due_at");
    }
    return activity;
}

// Past work is done and has an outcome, except a few tasks left overdue; future work is planned.
void SetOutcome(Random& random, domain::Activity& activity, const Slot& slot, service::FieldNames& given) {
    using domain::ActivityKind;
    if (!slot.past || (activity.kind == ActivityKind::kTask && random.Percent(15))) return;
    activity.done_at = slot.at + minutes{random.Between(5, 40)};
    given.emplace("done_at");
    std::optional<std::string> outcome;
    switch (activity.kind) {
        case ActivityKind::kCall: outcome = std::string(random.Pick(CallOutcomes())); break;
        case ActivityKind::kMeeting:
            outcome = random.Percent(15) ? "the client did not show up; rescheduling"
                                         : std::string(random.Pick(MeetingOutcomes()));
            break;
        case ActivityKind::kEmail:
            outcome = activity.direction == domain::Direction::kOutbound ? "sent" : "answered the same day";
            break;
        case ActivityKind::kTask: outcome = "done"; break;
        case ActivityKind::kNote: break;
    }
    if (outcome) {
        activity.outcome = std::move(outcome);
        given.emplace("outcome");
    }
}

// Managers alternate days of calls with days of meetings (DOMAIN.md); e-mails, tasks and notes fill the gaps.
std::vector<domain::ActivityKind> DayPlan(Random& random, bool call_day) {
    using domain::ActivityKind;
    std::vector<ActivityKind> plan;
    auto add = [&](ActivityKind kind, std::int64_t count) {
        plan.insert(plan.end(), static_cast<std::size_t>(count), kind);
    };
    if (call_day) {
        add(ActivityKind::kCall, random.Between(4, 7));
        add(ActivityKind::kEmail, random.Between(1, 2));
    } else {
        add(ActivityKind::kMeeting, random.Between(1, 3));
        add(ActivityKind::kEmail, 1);
    }
    if (random.Percent(35)) add(ActivityKind::kTask, 1);
    if (random.Percent(20)) add(ActivityKind::kNote, 1);
    return plan;
}

Status CreateDay(Setting& setting, const domain::User& manager, Date day, bool call_day,
                 const std::vector<const Client*>& clients, const std::vector<const Client*>& with_open_deals,
                 Totals& totals) {
    auto context = setting.ContextFor(manager.id);
    auto start = StartOf(day) + minutes{8 * 60 + 30};
    auto plan = DayPlan(setting.random, call_day);
    for (std::size_t i = 0; i < plan.size(); ++i) {
        Slot slot{start + minutes{static_cast<int>(i) * 50 + setting.random.Between(0, 20)}};
        slot.past = slot.at < setting.now;
        if (plan[i] == domain::ActivityKind::kNote && !slot.past) continue;  // Notes record what was.
        service::FieldNames given;
        auto subject = PickSubject(setting.random, clients, with_open_deals);
        auto activity = Draft(setting.random, plan[i], subject, slot, given);
        SetOutcome(setting.random, activity, slot, given);
        if (activity.kind == domain::ActivityKind::kNote) {
            activity.done_at = slot.at;
            given.emplace("done_at");
        }
        RAPPORT_CHECK(ToStatus(setting.services.Of<domain::Activity>().CreateIn(context, std::move(activity), given)));
        ++totals.activities;
    }
    return {};
}

}  // namespace

Status CreateActivities(Setting& setting, const Staff& staff, const std::vector<Client>& clients, Totals& totals) {
    std::map<UserId, std::vector<const Client*>> by_owner;
    std::map<UserId, std::vector<const Client*>> with_open_deals;
    for (const auto& client : clients) {
        by_owner[client.account.owner_id].push_back(&client);
        if (!client.open_deals.empty()) with_open_deals[client.account.owner_id].push_back(&client);
    }
    for (std::size_t m = 0; m < staff.managers.size(); ++m) {
        const auto& manager = staff.managers[m];
        if (by_owner[manager.id].empty()) continue;
        for (int offset = kFirstDay; offset <= kLastDay; ++offset) {
            auto day = std::chrono::sys_days(setting.today) + days{offset};
            std::chrono::weekday weekday(day);
            if (weekday == std::chrono::Saturday || weekday == std::chrono::Sunday) continue;
            bool call_day = (offset + static_cast<int>(m)) % 2 == 0;
            RAPPORT_CHECK(CreateDay(setting, manager, Date{day}, call_day, by_owner[manager.id],
                                    with_open_deals[manager.id], totals));
        }
    }
    return {};
}

Result<domain::Absence> CreateAbsence(Setting& setting, const Staff& staff) {
    // Two managers of the first team: one is ill this week, the other covers their clients meanwhile.
    std::vector<domain::User> team;
    for (const auto& manager : staff.managers) {
        if (manager.team_id == staff.teams.front().id) team.push_back(manager);
    }
    auto absent = static_cast<std::size_t>(setting.random.Between(0, static_cast<std::int64_t>(team.size()) - 1));
    auto deputy = (absent + 1) % team.size();
    domain::Absence absence;
    absence.user_id = team[absent].id;
    absence.deputy_id = team[deputy].id;
    absence.starts_on = Date{std::chrono::sys_days(setting.today) - days{2}};
    absence.ends_on = Date{std::chrono::sys_days(setting.today) + days{4}};
    absence.reason = domain::AbsenceReason::kIllness;
    // A head records the absences of their team.
    auto context = setting.ContextFor(staff.heads.front().id);
    return setting.services.Of<domain::Absence>().CreateIn(context, std::move(absence),
                                                           {"user_id", "deputy_id", "starts_on", "ends_on", "reason"});
}

}  // namespace rapport::cli::demo
