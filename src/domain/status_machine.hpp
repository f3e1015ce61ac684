#pragma once

#include "core/enum_names.hpp"
#include "core/result.hpp"

#include <algorithm>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::domain {

/// One action of a status machine: from any status of `from`, `action` leads to `to`.
template <NamedEnum Status>
struct Transition {
    std::string_view action;
    std::initializer_list<Status> from;
    Status to;
};

/// The lifecycle of a document kind, as data: which actions each status allows and where they lead.
/// The action routes (`POST …/{id}/send`) and the OpenAPI document are made from the same table, so
/// that what the server does, what it refuses and what it documents cannot drift apart. What an action
/// does beyond the status (a deal moving to proposal) is its use case's; the table says only whether
/// it may happen.
template <NamedEnum Status>
class StatusMachine {
public:
    explicit constexpr StatusMachine(std::span<const Transition<Status>> transitions) : transitions_(transitions) {}

    /// Where `action` leads from `from`; kInvalidTransition naming the status and the actions it allows
    /// when the table has no such move (or kNotFound for an action the machine does not have at all).
    rapport::Result<Status> Apply(Status from, std::string_view action) const {
        bool known = false;
        for (const auto& transition : transitions_) {
            if (transition.action != action) continue;
            known = true;
            for (auto status : transition.from) {
                if (status == from) return transition.to;
            }
        }
        if (!known) return MakeError(ErrorCode::kNotFound, "there is no action " + std::string(action));
        return MakeError(ErrorCode::kInvalidTransition, Refusal(from, action), "status");
    }

    /// The actions `from` allows, in the table's order.
    std::vector<std::string_view> Allowed(Status from) const {
        std::vector<std::string_view> allowed;
        for (const auto& transition : transitions_) {
            for (auto status : transition.from) {
                if (status == from) allowed.push_back(transition.action);
            }
        }
        return allowed;
    }

    /// Every action, each once, in the table's order.
    std::vector<std::string_view> Actions() const {
        std::vector<std::string_view> actions;
        for (const auto& transition : transitions_) {
            if (std::find(actions.begin(), actions.end(), transition.action) == actions.end()) {
                actions.push_back(transition.action);
            }
        }
        return actions;
    }

    /// The statuses from which `action` may be taken.
    std::vector<Status> From(std::string_view action) const {
        std::vector<Status> from;
        for (const auto& transition : transitions_) {
            if (transition.action == action) from.insert(from.end(), transition.from.begin(), transition.from.end());
        }
        return from;
    }

private:
    std::string Refusal(Status from, std::string_view action) const {
        std::string message = "cannot " + std::string(action) + " when the status is " + std::string(EnumName(from));
        auto allowed = Allowed(from);
        if (allowed.empty()) return message + "; no action is allowed then";
        message += "; allowed: ";
        for (std::size_t i = 0; i < allowed.size(); ++i) {
            if (i > 0) message += ", ";
            message += allowed[i];
        }
        return message;
    }

    std::span<const Transition<Status>> transitions_;
};

}  // namespace rapport::domain
