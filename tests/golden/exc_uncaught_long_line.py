def very_long_function_name_for_testing(argument_one, argument_two, argument_three):
    return argument_one + argument_two + argument_three
total = very_long_function_name_for_testing(1, 2, 3) + very_long_function_name_for_testing(4, 5, "six") + 7
