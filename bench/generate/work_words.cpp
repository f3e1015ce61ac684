#include "generate/words.hpp"

#include <array>

namespace rapport::bench {
namespace {

using namespace std::string_view_literals;

constexpr std::array kDealProducts = {
    Product{"ERP rollout", "users"},          Product{"Fleet telematics", "vehicles"},
    Product{"Warehouse scanners", "devices"}, Product{"Maintenance contract", ""},
    Product{"Cloud migration", ""},           Product{"Security audit", ""},
    Product{"Training programme", "participants"}, Product{"Office furniture", "workplaces"},
    Product{"Solar installation", "kWp"},     Product{"Packaging line upgrade", ""},
    Product{"Support renewal", "seats"},      Product{"Consulting retainer", "days"},
    Product{"Label printers", "units"},       Product{"CNC spare parts", "units"},
    Product{"Payroll service", "employees"},  Product{"Data platform pilot", ""},
    Product{"Website relaunch", ""},          Product{"Forklift leasing", "trucks"},
    Product{"Cold-chain monitoring", "sensors"}, Product{"Test bench", ""},
    Product{"CRM licences", "seats"},         Product{"Network refresh", "sites"},
    Product{"LED retrofit", "luminaires"},    Product{"Heat pumps", "units"},
    Product{"Conveyor belts", "metres"},      Product{"Safety shoes", "pairs"},
    Product{"Laboratory equipment", ""},      Product{"Trade fair stand", ""},
    Product{"Managed printing", "devices"},   Product{"E-invoicing setup", ""}};

constexpr std::array kLostReasons = {"price too high"sv,
                                     "chose a competitor"sv,
                                     "no budget this year"sv,
                                     "project cancelled"sv,
                                     "went silent after the proposal"sv,
                                     "postponed to next year"sv,
                                     "missing feature: single sign-on"sv,
                                     "decided to build it in-house"sv,
                                     "our contact left the company"sv,
                                     "delivery time too long, they needed it by March"sv};

constexpr std::array kOutboundCallSubjects = {"Follow-up on the proposal"sv, "Intro call"sv,
                                              "Check-in after the delivery"sv, "Discuss the renewal"sv,
                                              "Qualify budget and timeline"sv, "Reference call"sv,
                                              "Chase the open invoice"sv,      "Confirm the meeting"sv};
constexpr std::array kInboundCallSubjects = {"Question about the invoice"sv, "Asked for a quote"sv,
                                             "Support question, passed on"sv, "Wants to add seats"sv,
                                             "Complaint about the delivery time"sv, "Returned our call"sv};
constexpr std::array kCallOutcomes = {"reached, interested"sv, "voicemail left"sv, "no answer"sv,
                                      "call back next week"sv, "agreed on a meeting"sv,
                                      "not interested right now"sv, "asked for a written offer"sv};
constexpr std::array kMeetingSubjects = {"Kick-off meeting"sv,       "Demo at the client's office"sv,
                                         "Quarterly business review"sv, "Contract negotiation"sv,
                                         "Site visit"sv,             "Workshop: requirements"sv,
                                         "Lunch with the buyer"sv,   "Video call with the IT team"sv};
constexpr std::array kMeetingOutcomes = {"good meeting, proposal requested"sv,
                                         "needs internal alignment first"sv,
                                         "decision expected this quarter"sv,
                                         "went well; next step is a demo for the board"sv,
                                         "the client did not show up; rescheduling"sv,
                                         "agreed on the scope and a pilot"sv};
constexpr std::array kOutboundEmailSubjects = {"Sent the proposal"sv,        "Sent the price list"sv,
                                               "Meeting summary"sv,          "Contract for signature"sv,
                                               "Case study, as promised"sv, "Invitation to our open house"sv};
constexpr std::array kInboundEmailSubjects = {"Request for a quote"sv, "Feedback on the proposal"sv,
                                              "Signed contract received"sv, "Question about the terms"sv,
                                              "Out-of-office reply"sv, "New delivery address"sv};
constexpr std::array kTaskSubjects = {"Prepare the proposal"sv,   "Update the forecast"sv,
                                      "Send the season's card"sv, "Check the credit rating"sv,
                                      "Book the demo room"sv,     "Renewal reminder"sv,
                                      "Send the revised offer"sv, "Collect references"sv};
constexpr std::array kNoteSubjects = {"Met at the trade fair"sv,      "Budget approved for next year"sv,
                                      "New decision maker"sv,         "Prefers e-mail over calls"sv,
                                      "A competitor is also pitching"sv, "Reorganisation announced"sv};

constexpr std::array kBodySentences = {
    "Spoke with the buyer, who confirmed the budget for Q2."sv,
    "They compare us with two other vendors; price matters, but so does support."sv,
    "Wants a second quote with a three-year term."sv,
    "The IT lead asked about single sign-on and data residency in the EU."sv,
    "Delivery must be before the plant shutdown in August."sv,
    "Quote from the call: \"we need it running before the audit\"."sv,
    "Open points:\n- price per seat\n- training on site\n- payment terms"sv,
    "Sent the documents by e-mail; waiting for the signed order."sv,
    "Decision maker is the CFO, not our contact."sv,
    "They were unhappy with the last delivery, so handle with care."sv,
    "Asked for references in the same industry, ideally nearby."sv,
    "Follow up after the holidays, not before."sv};

}  // namespace

std::span<const Product> DealProducts() { return kDealProducts; }
std::span<const std::string_view> LostReasons() { return kLostReasons; }
std::span<const std::string_view> OutboundCallSubjects() { return kOutboundCallSubjects; }
std::span<const std::string_view> InboundCallSubjects() { return kInboundCallSubjects; }
std::span<const std::string_view> CallOutcomes() { return kCallOutcomes; }
std::span<const std::string_view> MeetingSubjects() { return kMeetingSubjects; }
std::span<const std::string_view> MeetingOutcomes() { return kMeetingOutcomes; }
std::span<const std::string_view> OutboundEmailSubjects() { return kOutboundEmailSubjects; }
std::span<const std::string_view> InboundEmailSubjects() { return kInboundEmailSubjects; }
std::span<const std::string_view> TaskSubjects() { return kTaskSubjects; }
std::span<const std::string_view> NoteSubjects() { return kNoteSubjects; }
std::span<const std::string_view> BodySentences() { return kBodySentences; }

}  // namespace rapport::bench
