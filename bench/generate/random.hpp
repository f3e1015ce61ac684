#pragma once

#include <cmath>
#include <cstdint>
#include <span>

namespace rapport::bench {

__extension__ typedef unsigned __int128 UInt128;  // A GNU extension; __extension__ keeps -Wpedantic quiet.

/// One step of splitmix64: a strong 64-bit mix, used to turn (seed, stream, index) into the seed of a record's
/// own generator, so that every record can be made on its own, in any order or thread, with the same result.
constexpr std::uint64_t SplitMix64(std::uint64_t& state) {
    state += 0x9E3779B97F4A7C15ULL;
    std::uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/// Which kind of record a generator belongs to; keeps the streams of, say, account 7 and deal 7 apart.
enum class Stream : std::uint64_t {
    kUsers = 1,
    kAccounts,
    kAccountNames,
    kAccountDetails,
    kContacts,
    kDeals,
    kActivities,
    kOffers
};

/// xoshiro256**: fast, small, and good enough for test data. Not for anything secret.
class Random {
public:
    /// The generator of record `index` of `stream` under `seed`.
    Random(std::uint64_t seed, Stream stream, std::uint64_t index) {
        std::uint64_t mix = seed ^ (static_cast<std::uint64_t>(stream) << 56) ^ (index * 0xD1B54A32D192ED03ULL);
        for (auto& word : state_) word = SplitMix64(mix);
    }

    std::uint64_t Next() {
        std::uint64_t result = RotateLeft(state_[1] * 5, 7) * 9;
        std::uint64_t shifted = state_[1] << 17;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= shifted;
        state_[3] = RotateLeft(state_[3], 45);
        return result;
    }

    /// A number in [0, bound), bound > 0. Lemire's multiply-shift: no division, bias below 2^-32 for our bounds.
    std::uint64_t Below(std::uint64_t bound) {
        return static_cast<std::uint64_t>((static_cast<UInt128>(Next()) * bound) >> 64);
    }

    /// A number in [low, high], both included.
    std::int64_t Between(std::int64_t low, std::int64_t high) {
        return low + static_cast<std::int64_t>(Below(static_cast<std::uint64_t>(high - low + 1)));
    }

    /// True with probability percent/100.
    bool Percent(int percent) { return Below(100) < static_cast<std::uint64_t>(percent); }

    /// A double in [0, 1) with 53 random bits.
    double Unit() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

    /// A standard normal deviate (Box–Muller; the second value is dropped to keep the generator stateless).
    double Normal() {
        double u = 1.0 - Unit();  // In (0, 1], so the logarithm is finite.
        double v = Unit();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * v);
    }

    template <typename T>
    const T& Pick(std::span<const T> items) {
        return items[Below(items.size())];
    }

    /// An index into `weights`, chosen in proportion to them.
    std::size_t Weighted(std::span<const int> weights) {
        int total = 0;
        for (int weight : weights) total += weight;
        auto roll = static_cast<int>(Below(static_cast<std::uint64_t>(total)));
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (roll < weights[i]) return i;
            roll -= weights[i];
        }
        return weights.size() - 1;
    }

private:
    static constexpr std::uint64_t RotateLeft(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t state_[4];
};

}  // namespace rapport::bench
