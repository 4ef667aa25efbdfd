"""pygeoapi 0.21's PostgreSQL provider with the fixes the submission protocol needs (runs in the pygeoapi venv).

Configured as ``name: ral_zuid_server.provider.PostgreSQLProvider`` instead of ``name: PostgreSQL``; all else is
pygeoapi's own provider. What 0.21 gets wrong for a writable PostGIS collection, each covered by
tests/qgis/server/:

* Writes store the point with SRID ``None`` when the storage CRS is CRS84 (the default; CRS84 has no EPSG code),
  which PostGIS refuses (``SRID=None;POINT(...)``): here CRS84 is stored as SRID 4326 (same axes as GeoJSON).
* ``PUT /items/{id}`` updates the id in the *body* and ignores the one in the URL: here a body id other than the
  URL's is refused (400), so one URL can never overwrite another item.
* ``POST`` of an existing id answers a generic 500: here ``409 Conflict`` (also when two POSTs of one id race
  and the primary key refuses the second).
* ``PUT`` rewrites every column, the unchanged geometry too: here only the columns whose value changes are
  written, so the column privileges of a reviewer (review fields only) allow a review.
* A write the database refuses (row level security, column privileges, the review guard) answers a generic 500:
  here ``403 Forbidden`` with PostgreSQL's message, so the refusal is not retried as a server fault.
* Nothing stops a write made on an older version: here ``PUT`` locks the row (``SELECT ... FOR UPDATE``) before it
  compares, and a ``rijversie`` in the item other than the stored one (the version the writer read; the gateway puts
  the ``If-Match`` ETag there) is refused by the trigger of ``sql/security.sql``: ``412 Precondition Failed``.
"""

from __future__ import annotations

import datetime
from http import HTTPStatus

import shapely.geometry
from geoalchemy2.shape import from_shape, to_shape
from pygeoapi.provider.base import ProviderGenericError, ProviderInvalidDataError
from pygeoapi.provider.sql import PostgreSQLProvider as _PygeoapiPostgreSQLProvider
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

CRS84 = ("OGC/1.3/CRS84", "OGC/0/CRS84")


class ItemExistsError(ProviderGenericError):
    ogc_exception_code = "Conflict"
    http_status_code = HTTPStatus.CONFLICT
    default_msg = "an item with this id exists already"


class WriteForbiddenError(ProviderGenericError):
    ogc_exception_code = "Forbidden"
    http_status_code = HTTPStatus.FORBIDDEN
    default_msg = "the database refused this write"


class PreconditionFailedError(ProviderGenericError):
    ogc_exception_code = "PreconditionFailed"
    http_status_code = HTTPStatus.PRECONDITION_FAILED
    default_msg = "the item changed since it was read"


class BadItemError(ProviderGenericError):
    ogc_exception_code = "InvalidParameterValue"
    http_status_code = HTTPStatus.BAD_REQUEST
    default_msg = "invalid item"


def _database_refusal(error: DBAPIError) -> ProviderGenericError | None:
    """A 412 for a write on an older version (RZ412), a 403 for PostgreSQL's 'insufficient privilege' (42501) and
    row-security refusals, a 400 for a bad value, else ``None``."""
    code = getattr(error.orig, "pgcode", None)
    diagnostics = getattr(error.orig, "diag", None)
    message = str(getattr(diagnostics, "message_primary", "") or "")
    if code == "RZ412":  # the row version guard of sql/security.sql
        return PreconditionFailedError(user_msg=message or None)
    if code == "42501":
        return WriteForbiddenError(user_msg=message or "permission denied")
    if code in ("23514", "23502", "22P02", "22007", "22008"):  # check, not null, bad text, bad date
        return BadItemError(user_msg=message or "invalid value")
    return None


class PostgreSQLProvider(_PygeoapiPostgreSQLProvider):
    def _storage_srid(self) -> int:
        if any(self.storage_crs.rstrip("/").endswith(name) for name in CRS84):
            return 4326
        import pyproj

        return pyproj.CRS.from_user_input(self.storage_crs).to_epsg() or 4326

    def _attributes(self, json_data, identifier) -> dict:
        """Column values of a GeoJSON feature; an unknown property is refused (400)."""
        attributes = {**json_data["properties"]}
        attributes.pop("identifier", None)
        unknown = sorted(set(attributes) - set(self.table_model.__table__.columns.keys()))
        if unknown:
            raise BadItemError(user_msg="unknown properties: " + ", ".join(unknown))
        geometry = json_data.get("geometry")
        attributes[self.geom] = (
            from_shape(shapely.geometry.shape(geometry), srid=self._storage_srid()) if geometry else None
        )
        attributes[self.id_field] = identifier
        return attributes

    def _feature_to_sqlalchemy(self, json_data, identifier=None):
        return self.table_model(**self._attributes(json_data, identifier))

    def _same(self, name: str, old, new) -> bool:
        if name == self.geom:
            if old is None or new is None:
                return old is None and new is None
            return to_shape(old).equals_exact(to_shape(new), 0.0) and getattr(old, "srid", None) == new.srid
        if isinstance(old, (datetime.date, datetime.datetime)) and isinstance(new, str):
            return old.isoformat() == new
        return old == new

    def create(self, item):
        try:
            return super().create(item)
        except ProviderInvalidDataError as error:
            if "already exists" in str(error):
                raise ItemExistsError() from None
            raise BadItemError(user_msg=str(error) or None) from None
        except IntegrityError as error:
            if getattr(error.orig, "pgcode", None) == "23505":  # unique violation: a concurrent POST won
                raise ItemExistsError() from None
            raise _database_refusal(error) or error from None
        except DBAPIError as error:
            raise _database_refusal(error) or error from None

    def update(self, identifier, item):
        """Replace the item's values, writing only the columns whose value changes (pygeoapi's ``merge`` rewrites
        the geometry every time, which a reviewer without the privilege on it could then never do)."""
        try:
            body_id, data = self._load_and_prepare_item(item, raise_if_exists=False)
        except ProviderInvalidDataError as error:
            raise BadItemError(user_msg=str(error) or None) from None
        if body_id is not None and str(body_id) != str(identifier):
            raise BadItemError(user_msg=f"the item's id {body_id!r} is not the id in the URL {identifier!r}")
        attributes = self._attributes(data, identifier)
        try:
            with Session(self._engine) as session:
                # locked until the commit: the comparison below and the UPDATE see the same version of the row
                current = session.get(self.table_model, identifier, with_for_update=True)
                if current is None:  # PUT of a new id creates it, as pygeoapi's provider does
                    session.add(self.table_model(**attributes))
                else:
                    for name, value in attributes.items():
                        if name != self.id_field and not self._same(name, getattr(current, name), value):
                            setattr(current, name, value)
                session.commit()
        except IntegrityError as error:
            if getattr(error.orig, "pgcode", None) == "23505":
                raise ItemExistsError() from None
            raise _database_refusal(error) or error from None
        except DBAPIError as error:
            raise _database_refusal(error) or error from None
        return True
