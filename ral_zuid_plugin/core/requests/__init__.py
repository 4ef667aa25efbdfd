"""Requests for public charge points (aanvraaggestuurd plaatsen): the register, lead times and indicators."""
