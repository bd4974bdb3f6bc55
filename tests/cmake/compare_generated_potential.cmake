# Regenerate the potential with the generator's defaults and compare byte by byte.
execute_process(COMMAND ${EAMGEN} --output ${OUTPUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cunbglass-eamgen failed (${rc})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUTPUT} ${EXPECTED} RESULT_VARIABLE diff)
if(NOT diff EQUAL 0)
  message(FATAL_ERROR "${EXPECTED} differs from what cunbglass-eamgen writes now; regenerate it "
                      "on purpose (cunbglass-eamgen --output ${EXPECTED}) and say why in the commit")
endif()
message(STATUS "generated potential matches ${EXPECTED}")
