#include "support/api_fixture.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace rapport::test {
namespace {

using boost::json::object;

// Search by what one types, in Devanagari and Hebrew (issue 20), through the `q=` the web UI's pickers send.
// Accounts are found by full-text search: every word of the query is the prefix of a word of the account's
// name, e-mail, phone or website or of its contacts' names and e-mails (service/rule_helpers.cpp), a UTF-8 word
// staying whole (store/search_text.hpp), the same on SQLite and PostgreSQL. Contacts are found by a substring of
// their fields. Each test's manager sees only the accounts they make, so the answers hold nothing of other tests.
class ScriptSearchApiTest : public ApiTest {
protected:
    // `text` as a query value: every byte but the unreserved ones percent-encoded, UTF-8 included.
    static std::string Encoded(std::string_view text) {
        static constexpr char kHex[] = "0123456789ABCDEF";
        std::string encoded;
        for (char c : text) {
            auto byte = static_cast<unsigned char>(c);
            bool unreserved = std::isalnum(byte) != 0 || c == '-' || c == '.' || c == '_' || c == '~';
            if (unreserved && byte < 0x80) {
                encoded += c;
            } else {
                encoded += '%';
                encoded += kHex[byte >> 4];
                encoded += kHex[byte & 0x0F];
            }
        }
        return encoded;
    }

    // The names (or last names) of what `user` finds in `collection` by typing `query`, sorted.
    static std::vector<std::string> Found(const TestUser& user, const std::string& collection, std::string_view query) {
        auto reply = As(user)->Get("/api/v1/" + collection + "?limit=50&q=" + Encoded(query));
        EXPECT_EQ(reply.status, 200) << query << ": " << reply.body;
        std::vector<std::string> names;
        if (reply.status != 200) return names;
        for (const auto& item : reply.json.at("items").as_array()) {
            names.push_back(Text(item, collection == "contacts" ? "last_name" : "name"));
        }
        std::ranges::sort(names);
        return names;
    }

    static constexpr const char* kMaharashtra = "महाराष्ट्र स्टील ट्रेडर्स";
    static constexpr const char* kMumbai = "मुंबई इस्पात व्यापार";
    static constexpr const char* kHaifa = "חיפה יבוא מתכות";
    static constexpr const char* kHadera = "חדרה פלדה";

    // A manager with the four accounts above; the first has a contact named in Devanagari, the third in Hebrew.
    static TestUser MakeWorld() {
        auto manager = MakeUser("manager");
        auto maharashtra = MakeAccount(manager, {{"name", kMaharashtra}, {"language", "mr"}});
        MakeAccount(manager, {{"name", kMumbai}, {"language", "hi"}});
        auto haifa = MakeAccount(manager, {{"name", kHaifa}, {"language", "he"}});
        MakeAccount(manager, {{"name", kHadera}, {"language", "he"}});
        Create(manager, "contacts",
               {{"account_id", Text(maharashtra, "id")}, {"first_name", "सुनीता"}, {"last_name", "मेहता"}});
        Create(manager, "contacts", {{"account_id", Text(haifa, "id")}, {"first_name", "יוסי"}, {"last_name", "כהן"}});
        return manager;
    }

    using Names = std::vector<std::string>;
};

TEST_F(ScriptSearchApiTest, DevanagariAccountsAreFoundByThePrefixOfAnyWord) {
    auto manager = MakeWorld();

    EXPECT_EQ(Found(manager, "accounts", "महा"), Names{kMaharashtra});
    EXPECT_EQ(Found(manager, "accounts", "महाराष्ट्र"), Names{kMaharashtra});
    EXPECT_EQ(Found(manager, "accounts", "स्टी"), Names{kMaharashtra});
    EXPECT_EQ(Found(manager, "accounts", "इस्पा"), Names{kMumbai});
    EXPECT_EQ(Found(manager, "accounts", "मुंबई"), Names{kMumbai});
    EXPECT_EQ(Found(manager, "accounts", "महा ट्रेड"), Names{kMaharashtra}) << "every word a prefix";
    EXPECT_EQ(Found(manager, "accounts", "महा इस्पा"), Names{}) << "no account has both words";
    EXPECT_EQ(Found(manager, "accounts", "मेह"), Names{kMaharashtra}) << "its contact's last name";
}

TEST_F(ScriptSearchApiTest, HebrewAccountsAreFoundByThePrefixOfAnyWordAndNotByAFragmentInside) {
    auto manager = MakeWorld();

    EXPECT_EQ(Found(manager, "accounts", "חיפ"), Names{kHaifa});
    EXPECT_EQ(Found(manager, "accounts", "ח"), (Names{kHadera, kHaifa}));
    EXPECT_EQ(Found(manager, "accounts", "מתכ"), Names{kHaifa});
    EXPECT_EQ(Found(manager, "accounts", "חיפה יב"), Names{kHaifa});
    EXPECT_EQ(Found(manager, "accounts", "פלד"), Names{kHadera});
    EXPECT_EQ(Found(manager, "accounts", "כה"), Names{kHaifa}) << "its contact's last name";
    EXPECT_EQ(Found(manager, "accounts", "יפה"), Names{});
    EXPECT_EQ(Found(manager, "accounts", "תכות"), Names{});
}

// A Devanagari word is one word with its vowel signs and viramas, on SQLite as on PostgreSQL (migration 0010):
// "मुं" is Mumbai's first syllable and no prefix of Maharashtra, and a fragment from inside a word finds nothing.
TEST_F(ScriptSearchApiTest, DevanagariAccountsAreNotFoundByAFragmentInsideAWordNorByAnotherVowelSign) {
    auto manager = MakeWorld();

    EXPECT_EQ(Found(manager, "accounts", "मुं"), Names{kMumbai});
    EXPECT_EQ(Found(manager, "accounts", "मु"), Names{kMumbai});
    EXPECT_EQ(Found(manager, "accounts", "राष्ट्र"), Names{});
    EXPECT_EQ(Found(manager, "accounts", "टील"), Names{});
    EXPECT_EQ(Found(manager, "accounts", "पात"), Names{});
}

TEST_F(ScriptSearchApiTest, ContactsAreFoundByAnyPartOfTheirNamesInEitherScript) {
    auto manager = MakeWorld();

    EXPECT_EQ(Found(manager, "contacts", "सुनी"), Names{"मेहता"});
    EXPECT_EQ(Found(manager, "contacts", "मेहता"), Names{"मेहता"});
    EXPECT_EQ(Found(manager, "contacts", "हता"), Names{"मेहता"}) << "contacts are searched by substring";
    EXPECT_EQ(Found(manager, "contacts", "יוס"), Names{"כהן"});
    EXPECT_EQ(Found(manager, "contacts", "וסי"), Names{"כהן"});
    EXPECT_EQ(Found(manager, "contacts", "लेवी"), Names{});
}

}  // namespace
}  // namespace rapport::test
