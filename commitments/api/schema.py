"""Schema additions every read shares: ``fields``/``expand``, 400 on every GET, and response
shapes whose fields are all optional (``?fields=`` may leave any out)."""

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse

BAD_REQUEST = OpenApiResponse(
    OpenApiTypes.OBJECT,
    description="Ongeldige invoer: per parameter of veld een lijst met meldingen.",
)


class ApiSchema(AutoSchema):
    def _sparse_meta(self):
        if getattr(self.view, "action", None) not in ("list", "retrieve"):
            return None
        serializer_class = self.view.get_serializer_class()
        return getattr(serializer_class, "Meta", None)

    def get_override_parameters(self):
        parameters = list(super().get_override_parameters())
        meta = self._sparse_meta()
        if meta is None or self.method != "GET":
            return parameters
        parameters.append(
            OpenApiParameter(
                "fields",
                OpenApiTypes.STR,
                description="Alleen deze velden, kommagescheiden: " + ", ".join(meta.fields),
            )
        )
        optional = getattr(meta, "optional", ())
        if optional:
            parameters.append(
                OpenApiParameter(
                    "expand",
                    OpenApiTypes.STR,
                    description="Ook deze velden, kommagescheiden: " + ", ".join(optional),
                )
            )
        return parameters

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if self.method == "GET" and "400" not in responses:
            responses["400"] = self._get_response_for_code(BAD_REQUEST, "400")
        return responses


def sparse_components_have_no_required(result, generator, request, public):
    """A ``?fields=`` answer may leave out any field, so no response field is required."""
    from . import serializers as s

    names = {
        cls.__name__.removesuffix("Serializer")
        for cls in vars(s).values()
        if isinstance(cls, type) and issubclass(cls, s.SparseMixin)
    }
    for name, component in result.get("components", {}).get("schemas", {}).items():
        if name in names:
            component.pop("required", None)
    return result
