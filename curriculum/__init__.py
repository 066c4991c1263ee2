"""Content of the starter course as plain data; see curriculum.course.COURSE."""
