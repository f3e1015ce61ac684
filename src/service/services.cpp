#include "service/services.hpp"

// The record services are templates; instantiating them here once keeps every other file that
// uses them from compiling them again.
namespace rapport::service {
template class RecordService<domain::Team>;
template class RecordService<domain::Account>;
template class RecordService<domain::Contact>;
template class RecordService<domain::Deal>;
template class RecordService<domain::Activity>;
template class RecordService<domain::Absence>;
template class RecordService<domain::User>;
}  // namespace rapport::service
