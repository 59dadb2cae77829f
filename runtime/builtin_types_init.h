// The functions that give the builtin types their methods. The VM creates every builtin type
// object first (VM::init_core_types, so `vm.types.str` etc. exist), then calls these in order.
#pragma once

namespace krait {

class VM;

void init_object_and_type(VM& vm);    // type.cpp: object, type, function, method, property, ...
void init_str_type(VM& vm);           // str_type.cpp
void init_bytes_type(VM& vm);         // bytes_type.cpp: bytes, and the methods bytearray shares
void init_bytearray_type(VM& vm);     // bytearray_type.cpp
void init_int_type(VM& vm);           // int_type.cpp: int and bool
void init_float_type(VM& vm);         // float_type.cpp
void init_complex_type(VM& vm);       // complex_type.cpp
void init_list_type(VM& vm);          // list_type.cpp
void init_tuple_type(VM& vm);         // tuple_type.cpp
void init_dict_type(VM& vm);          // dict_type.cpp: dict and its views/iterators
void init_set_types(VM& vm);          // set_type.cpp: set, frozenset, set_iterator
void init_range_slice_types(VM& vm);  // range_type.cpp: range, slice, range_iterator
void init_exception_types(VM& vm);    // exceptions.cpp: methods of the exception hierarchy
void init_generator_types(VM& vm);    // generator.cpp
void init_member_descriptor_type(VM& vm);  // member_descriptor.cpp

}  // namespace krait
